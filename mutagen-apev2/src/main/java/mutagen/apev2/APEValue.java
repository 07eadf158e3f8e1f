// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;
import mutagen.util.ByteReader;
import mutagen.util.Text;

/**
 * An APEv2 item value (mutagen's {@code _APEValue}): {@link APETextValue}, {@link APEBinaryValue} or
 * {@link APEExtValue}. {@link #of(Object, int)} is mutagen's {@code APEValue(value, kind)} factory.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public abstract class APEValue {
    /** Kind 0: UTF-8 text, parts separated by NUL. */
    public static final int TEXT = 0;
    /** Kind 1: binary data. */
    public static final int BINARY = 1;
    /** Kind 2: a locator of external information (usually a URI), UTF-8. */
    public static final int EXTERNAL = 2;

    APEValue() {
    }

    /**
     * mutagen's {@code APEValue(value, kind)}.
     *
     * @param value the value
     * @param kind the kind
     * @return mutagen's {@code APEValue(value, kind)}
     * @throws IllegalArgumentException when the kind is not 0, 1 or 2 ({@code ValueError}) or the value's type does
     *     not fit it, a {@link String} for text and external values, a {@code byte[]} for binary ({@code TypeError})
     */
    public static APEValue of(Object value, int kind) {
        switch (kind) {
            case TEXT:
                return new APETextValue(requireString(value));
            case BINARY:
                if (!(value instanceof byte[])) {
                    throw new IllegalArgumentException("value not bytes");
                }
                return new APEBinaryValue((byte[]) value);
            case EXTERNAL:
                return new APEExtValue(requireString(value));
            default:
                throw new IllegalArgumentException("kind must be TEXT, BINARY, or EXTERNAL");
        }
    }

    static String requireString(Object value) {
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("value not str");
        }
        return (String) value;
    }

    /** Parses an item's value bytes as mutagen's {@code _new}: text and external values must be UTF-8. */
    static APEValue parse(byte[] data, int kind) throws APEBadItemError {
        if (kind == BINARY) {
            return new APEBinaryValue(data);
        }
        String text = utf8(data, 0, data.length);
        return kind == TEXT ? new APETextValue(text) : new APEExtValue(text);
    }

    /**
     * Reads the next {@code size} bytes of the reader as a value of the kind: text is decoded where the bytes lie,
     * binary data is copied once.
     */
    static APEValue read(ByteReader r, long size, int kind) throws IOException {
        if (kind == BINARY) {
            return APEBinaryValue.owning(r.bytes(size));
        }
        String text = r.read(size, APEValue::utf8);
        return kind == TEXT ? new APETextValue(text) : new APEExtValue(text);
    }

    /** Strict UTF-8, failing with Python's {@code UnicodeDecodeError} text. */
    private static String utf8(byte[] data, int from, int to) throws APEBadItemError {
        try {
            return Text.utf8(data, from, to - from);
        } catch (CharacterCodingException e) {
            String error = Text.utf8ErrorText(data, from, to - from);
            throw new APEBadItemError(error != null ? error : e.toString());
        }
    }

    /**
     * The kind: {@link #TEXT}, {@link #BINARY} or {@link #EXTERNAL}.
     *
     * @return the kind: {@link #TEXT}, {@link #BINARY} or {@link #EXTERNAL}
     */
    public abstract int kind();

    /**
     * The value: a {@link String}, or a {@code byte[]} copy for binary values.
     *
     * @return the value: a {@link String}, or a {@code byte[]} copy for binary values
     */
    public abstract Object value();

    /** The bytes written to the file. */
    abstract byte[] write();

    /**
     * One line of {@code APEv2.pprint()}, after {@code key=}.
     *
     * @return one line of {@code APEv2.pprint()}, after {@code key=}
     */
    public abstract String pprint();

    /** Equal to a value of the same class with an equal {@link #value()} (Python compares {@code .value}). */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Objects.deepEquals(value(), ((APEValue) o).value());
    }

    @Override
    public int hashCode() {
        Object v = value();
        return v instanceof byte[] ? java.util.Arrays.hashCode((byte[]) v) : v.hashCode();
    }

    /** Python's repr: {@code APETextValue('x', 0)}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + mutagen.util.PyRepr.repr(value()) + ", " + kind() + ")";
    }
}
