// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

/**
 * A DWORD attribute (type 3): 32 bits, unsigned. Mirrors {@code mutagen.asf.ASFDWordAttribute}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFDWordAttribute extends ASFIntegerAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0003;

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
        super(checked(value, 4), 4, language, stream);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public Long value() {
        return longValue();
    }
}
