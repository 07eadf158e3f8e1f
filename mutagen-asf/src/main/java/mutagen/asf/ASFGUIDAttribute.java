// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import mutagen.util.PyRepr;

/**
 * A GUID attribute (type 6), held as its bytes whatever their number. Mirrors {@code mutagen.asf.ASFGUIDAttribute};
 * its {@code str} is the bytes' Python repr. A save always puts it in the metadata library object.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFGUIDAttribute extends ASFBytesAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0006;

    /**
     * A GUID attribute without language or stream (the array is not copied).
     *
     * @param value the value
     */
    public ASFGUIDAttribute(byte[] value) {
        this(value, null, null);
    }

    /**
     * A GUID attribute with a language and a stream number (either {@code null}).
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     */
    public ASFGUIDAttribute(byte[] value, Integer language, Integer stream) {
        super(value, language, stream);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return PyRepr.bytes(value());
    }
}
