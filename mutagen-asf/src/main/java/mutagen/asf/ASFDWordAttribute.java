// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.nio.charset.StandardCharsets;

/**
 * A DWORD attribute (type 3): 32 bits, unsigned. Mirrors {@code mutagen.asf.ASFDWordAttribute}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFDWordAttribute extends ASFBaseAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0003;

    private final long value;

    /**
     * A DWORD attribute without language or stream.
     *
     * @param value the value
     * @throws IllegalArgumentException "Out of range" outside 0 to 2^32 - 1 (Python's {@code ValueError})
     */
    public ASFDWordAttribute(long value) {
        this(value, null, null);
    }

    /**
     * A DWORD attribute with a language and a stream number (either {@code null}).
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     * @throws IllegalArgumentException "Out of range" outside 0 to 2^32 - 1 (Python's {@code ValueError})
     */
    public ASFDWordAttribute(long value, Integer language, Integer stream) {
        super(language, stream);
        if (value < 0 || value > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("Out of range");
        }
        this.value = value;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public Long value() {
        return value;
    }

    /**
     * Python's {@code int(attr)}.
     *
     * @return python's {@code int(attr)}
     */
    public long longValue() {
        return value;
    }

    @Override
    public long dataSize() {
        return 4;
    }

    @Override
    public byte[] renderValue() {
        return le(value, 4);
    }

    @Override
    public byte[] bytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
