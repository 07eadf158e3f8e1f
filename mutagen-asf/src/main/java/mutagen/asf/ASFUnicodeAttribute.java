// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

/**
 * A text attribute (type 0). Mirrors {@code mutagen.asf.ASFUnicodeAttribute}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFUnicodeAttribute extends ASFBaseAttribute {
    /** The data type number. */
    public static final int TYPE = 0x0000;

    private final String value;

    /**
     * A text attribute without language or stream.
     *
     * @param value the value
     */
    public ASFUnicodeAttribute(String value) {
        this(value, null, null);
    }

    /**
     * A text attribute with a language and a stream number (either {@code null}).
     *
     * @param value the value
     * @param language the language code
     * @param stream the stream
     */
    public ASFUnicodeAttribute(String value, Integer language, Integer stream) {
        super(language, stream);
        this.value = java.util.Objects.requireNonNull(value, "value");
    }

    /**
     * Parses UTF-16LE data, NUL characters stripped from both ends.
     *
     * @param data the bytes
     * @param language the language code
     * @param stream the stream
     * @return the {@code ASFUnicodeAttribute}
     * @throws ASFError with Python's decoding error text for invalid UTF-16
     */
    public static ASFUnicodeAttribute parse(byte[] data, Integer language, Integer stream) throws ASFError {
        return new ASFUnicodeAttribute(ASFUtil.utf16StripNul(data, 0, data.length), language, stream);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public long dataSize() {
        return 2L * value.length() + 2;
    }

    @Override
    public byte[] renderValue() throws ASFError {
        byte[] text = ASFUtil.encodeUtf16(value);
        byte[] out = new byte[text.length + 2];
        System.arraycopy(text, 0, out, 0, text.length);
        return out;
    }

    @Override
    public byte[] bytes() throws ASFError {
        return ASFUtil.encodeUtf16(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
