// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import mutagen.util.PyRepr;

/**
 * One attribute value of an ASF file, with its optional language and stream numbers. Mirrors
 * {@code mutagen.asf.ASFBaseAttribute}; the seven subclasses are the seven ASF data types ({@link #type()}).
 *
 * <p>{@link #toString()} is Python's {@code str(attr)} (what {@code pprint()} prints), {@link #repr()} its
 * {@code repr}, {@link #bytes()} its {@code bytes(attr)}. Two attributes are equal when they have the same class and
 * value (language and stream are not compared, as in mutagen, which compares values only).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class ASFBaseAttribute {
    private Integer language;
    private Integer stream;

    /** Creates an attribute with a language and a stream number, either {@code null}. */
    protected ASFBaseAttribute(Integer language, Integer stream) {
        this.language = language;
        this.stream = stream;
    }

    /**
     * The ASF data type number ({@code TYPE}): 0 unicode ... 6 GUID.
     *
     * @return the ASF data type number ({@code TYPE}): 0 unicode ..
     */
    public abstract int type();

    /**
     * The value: a {@code String}, {@code byte[]}, {@code Boolean}, {@code Long} or (QWORD) a {@code Number}.
     *
     * @return the value: a {@code String}, {@code byte[]}, {@code Boolean}, {@code Long} or (QWORD) a {@code Number}
     */
    public abstract Object value();

    /**
     * The size of the rendered value in bytes ({@code data_size()}).
     *
     * @return the size of the rendered value in bytes ({@code data_size()})
     */
    public abstract long dataSize();

    /**
     * The rendered value ({@code _render()}).
     *
     * @return the rendered value ({@code _render()})
     * @throws ASFError if the data is invalid or cannot be read
     */
    public abstract byte[] renderValue() throws ASFError;

    /** The rendered value where a BOOL takes a WORD instead of a DWORD (metadata objects). */
    byte[] renderValue(boolean dword) throws ASFError {
        return renderValue();
    }

    /**
     * Python's {@code bytes(attr)}.
     *
     * @return python's {@code bytes(attr)}
     * @throws ASFError if the data is invalid or cannot be read
     */
    public abstract byte[] bytes() throws ASFError;

    /** Python's {@code str(attr)}. */
    @Override
    public abstract String toString();

    /**
     * The language index, or {@code null}.
     *
     * @return the language index, or {@code null}
     */
    public Integer language() {
        return language;
    }

    /**
     * Sets the language index ({@code null} for none).
     *
     * @param value the value
     */
    public void language(Integer value) {
        language = value;
    }

    /**
     * The stream number, or {@code null}.
     *
     * @return the stream number, or {@code null}
     */
    public Integer stream() {
        return stream;
    }

    /**
     * Sets the stream number ({@code null} for none).
     *
     * @param value the value
     */
    public void stream(Integer value) {
        stream = value;
    }

    /**
     * Python's {@code repr(attr)}: {@code ASFUnicodeAttribute('foo', language=2, stream=1)}.
     *
     * @return python's {@code repr(attr)}: {@code ASFUnicodeAttribute('foo', language=2, stream=1)}
     */
    public String repr() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('(').append(PyRepr.repr(value()));
        if (language != null && language != 0) {
            sb.append(", language=").append(language);
        }
        if (stream != null && stream != 0) {
            sb.append(", stream=").append(stream);
        }
        return sb.append(')').toString();
    }

    /** The entry of an extended content description object ({@code render(name)}). */
    byte[] render(String name) throws ASFError {
        byte[] n = nameBytes(name);
        byte[] data = renderValue();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n.length + data.length + 6);
        le(out, ASFUtil.checkU16(n.length), 2);
        out.writeBytes(n);
        le(out, type(), 2);
        le(out, ASFUtil.checkU16(data.length), 2);
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** The entry of a metadata object ({@code render_m(name)}: language 0). */
    byte[] renderM(String name) throws ASFError {
        return renderEntry(name, 0);
    }

    /** The entry of a metadata library object ({@code render_ml(name)}). */
    byte[] renderMl(String name) throws ASFError {
        return renderEntry(name, language == null ? 0 : language);
    }

    private byte[] renderEntry(String name, long lang) throws ASFError {
        byte[] n = nameBytes(name);
        byte[] data = renderValue(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n.length + data.length + 12);
        le(out, ASFUtil.checkU16(lang), 2);
        le(out, ASFUtil.checkU16(stream == null ? 0 : stream), 2);
        le(out, ASFUtil.checkU16(n.length), 2);
        le(out, type(), 2);
        le(out, ASFUtil.checkU32(data.length), 4);
        out.writeBytes(n);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] nameBytes(String name) throws ASFError {
        byte[] n = ASFUtil.encodeUtf16(name);
        byte[] out = new byte[n.length + 2];
        System.arraycopy(n, 0, out, 0, n.length);
        return out;
    }

    static void le(ByteArrayOutputStream out, long v, int n) {
        for (int i = 0; i < n; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    static byte[] le(long v, int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = (byte) (v >>> (8 * i));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Objects.deepEquals(value(), ((ASFBaseAttribute) o).value());
    }

    @Override
    public int hashCode() {
        Object v = value();
        return v instanceof byte[] ? java.util.Arrays.hashCode((byte[]) v) : Objects.hashCode(v);
    }
}
