// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

/**
 * A byte array attribute (type 1). Mirrors {@code mutagen.asf.ASFByteArrayAttribute}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFByteArrayAttribute extends ASFBytesAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0001;

    /**
     * A byte array attribute without language or stream (the array is not copied).
     *
     * @param value the value
     */
    public ASFByteArrayAttribute(byte[] value) {
        this(value, null, null);
    }

    /**
     * A byte array attribute with a language and a stream number (either {@code null}).
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     */
    public ASFByteArrayAttribute(byte[] value, Integer language, Integer stream) {
        super(value, language, stream);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "[binary data (" + value().length + " bytes)]";
    }
}
