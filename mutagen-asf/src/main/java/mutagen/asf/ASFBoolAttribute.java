// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.nio.charset.StandardCharsets;

/**
 * A boolean attribute (type 2): a DWORD in the extended content description object, a WORD in the metadata objects;
 * only the value 1 reads as true. Mirrors {@code mutagen.asf.ASFBoolAttribute}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFBoolAttribute extends ASFBaseAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0002;

    private final boolean value;

    /**
     * A boolean attribute without language or stream.
     *
     * @param value the value
     */
    public ASFBoolAttribute(boolean value) {
        this(value, null, null);
    }

    /**
     * A boolean attribute with a language and a stream number (either {@code null}).
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     */
    public ASFBoolAttribute(boolean value, Integer language, Integer stream) {
        super(language, stream);
        this.value = value;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public Boolean value() {
        return value;
    }

    @Override
    public long dataSize() {
        return 4;
    }

    @Override
    public byte[] renderValue() {
        return le(value ? 1 : 0, 4);
    }

    @Override
    byte[] renderValue(boolean dword) {
        return le(value ? 1 : 0, dword ? 4 : 2);
    }

    @Override
    public byte[] bytes() {
        return toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return value ? "True" : "False";
    }
}
