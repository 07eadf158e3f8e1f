// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.math.BigInteger;
import java.util.Collection;
import mutagen.util.PyCompat;
import mutagen.util.PyRepr;

/**
 * Makes attributes of a given data type: mutagen's {@code ASFValue(value, kind, **kwargs)} function
 * ({@link #of(Object, int, Integer, Integer)}) and the {@code ASFBaseAttribute(data=...)} constructors
 * ({@link #parse(int, byte[], boolean, Integer, Integer)}). The type numbers are the constants below, mutagen's
 * module constants {@code UNICODE} ... {@code GUID}.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class ASFValue {
    /** Unicode string type. */
    public static final int UNICODE = ASFUnicodeAttribute.TYPE;
    /** Byte array type. */
    public static final int BYTEARRAY = ASFByteArrayAttribute.TYPE;
    /** Bool type. */
    public static final int BOOL = ASFBoolAttribute.TYPE;
    /** DWord type (uint32). */
    public static final int DWORD = ASFDWordAttribute.TYPE;
    /** QWord type (uint64). */
    public static final int QWORD = ASFQWordAttribute.TYPE;
    /** Word type (uint16). */
    public static final int WORD = ASFWordAttribute.TYPE;
    /** GUID type. */
    public static final int GUID = ASFGUIDAttribute.TYPE;

    private ASFValue() {
    }

    /**
     * {@code ASFValue(value, kind)}.
     *
     * @param value the value
     * @param kind the kind
     * @return {@code ASFValue(value, kind)}
     */
    public static ASFBaseAttribute of(Object value, int kind) {
        return of(value, kind, null, null);
    }

    /**
     * {@code ASFValue(value, kind, language=..., stream=...)}: the value converted as the type's {@code _validate}
     * does (text for UNICODE, a {@code byte[]} for BYTEARRAY and GUID, Python truth for BOOL, Python's {@code int()}
     * for the integers).
     *
     * @param value the value
     * @param kind the kind
     * @param language the language code
     * @param stream the stream
     * @return {@code ASFValue(value, kind, language=..., stream=...)}: the value converted as the type's {@code
     *     _validate} does (text for UNICODE, a {@code byte[]} for BYTEARRAY and GUID, Python truth for BOOL, Python's
     *     {@code int()} for the integers)
     * @throws IllegalArgumentException for an unknown kind ("Unknown value type 4242"), a value of the wrong type or
     *     out of range (Python's {@code ValueError} and {@code TypeError})
     */
    public static ASFBaseAttribute of(Object value, int kind, Integer language, Integer stream) {
        switch (kind) {
            case UNICODE:
                if (!(value instanceof String)) {
                    throw new IllegalArgumentException(PyRepr.repr(value) + " not str");
                }
                return new ASFUnicodeAttribute((String) value, language, stream);
            case BYTEARRAY:
                return new ASFByteArrayAttribute(bytesOf(value), language, stream);
            case GUID:
                return new ASFGUIDAttribute(bytesOf(value), language, stream);
            case BOOL:
                return new ASFBoolAttribute(truth(value), language, stream);
            case DWORD:
                return new ASFDWordAttribute(longOf(value), language, stream);
            case WORD:
                return new ASFWordAttribute(longOf(value), language, stream);
            case QWORD:
                return new ASFQWordAttribute(intOf(value), language, stream);
            default:
                throw new IllegalArgumentException("Unknown value type " + kind);
        }
    }

    private static byte[] bytesOf(Object value) {
        if (!(value instanceof byte[])) {
            throw new IllegalArgumentException("must be bytes/str: " + PyRepr.repr(value));
        }
        return (byte[]) value;
    }

    private static boolean truth(Object value) {
        if (value instanceof Boolean) {
            return (Boolean) value;
        } else if (value instanceof Number) {
            return value instanceof BigInteger ? ((BigInteger) value).signum() != 0
                    : ((Number) value).doubleValue() != 0;
        } else if (value instanceof String) {
            return !((String) value).isEmpty();
        } else if (value instanceof byte[]) {
            return ((byte[]) value).length > 0;
        } else if (value instanceof Collection) {
            return !((Collection<?>) value).isEmpty();
        }
        return value != null;
    }

    private static long longOf(Object value) {
        BigInteger v = intOf(value);
        if (v.bitLength() > 63) {
            throw new IllegalArgumentException("Out of range");
        }
        return v.longValue();
    }

    /** Python's {@code int(value)} for numbers, booleans and decimal text. */
    private static BigInteger intOf(Object value) {
        if (value instanceof BigInteger) {
            return (BigInteger) value;
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot convert float " + PyRepr.repr(value) + " to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        } else if (value instanceof Number) {
            return BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof Boolean) {
            return (Boolean) value ? BigInteger.ONE : BigInteger.ZERO;
        } else if (value instanceof String) {
            try {
                return new BigInteger(PyCompat.strip(((String) value).replace("_", "")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid literal for int() with base 10: " + PyRepr.repr(value), e);
            }
        }
        throw new IllegalArgumentException("int() argument must be a string, a bytes-like object or a real number, not "
                + (value == null ? "'NoneType'" : "'" + value.getClass().getSimpleName() + "'"));
    }

    /**
     * An attribute of type {@code type} read from its bytes ({@code ASFBaseAttribute(data=...)}); {@code dword}
     * false reads a BOOL from a WORD (the metadata objects).
     *
     * @param type the type
     * @param data the bytes
     * @param dword the dword
     * @param language the language code
     * @param stream the stream
     * @return an attribute of type {@code type} read from its bytes ({@code ASFBaseAttribute(data=...)}); {@code dword}
     *     false reads a BOOL from a WORD (the metadata objects)
     * @throws ASFError for an unknown type (mutagen's {@code KeyError}: the message is the number), invalid UTF-16
     *     text, or integer data of the wrong size (mutagen's {@code struct.error}, "truncated" in a file)
     */
    public static ASFBaseAttribute parse(int type, byte[] data, boolean dword, Integer language, Integer stream)
            throws ASFError {
        switch (type) {
            case UNICODE:
                return ASFUnicodeAttribute.parse(data, language, stream);
            case BYTEARRAY:
                return new ASFByteArrayAttribute(data, language, stream);
            case GUID:
                return new ASFGUIDAttribute(data, language, stream);
            case BOOL:
                return new ASFBoolAttribute(exact(data, dword ? 4 : 2) == 1, language, stream);
            case DWORD:
                return new ASFDWordAttribute(exact(data, 4), language, stream);
            case WORD:
                return new ASFWordAttribute(exact(data, 2), language, stream);
            case QWORD:
                return ASFQWordAttribute.ofBits(exact(data, 8), language, stream);
            default:
                throw new ASFError(Integer.toString(type));
        }
    }

    /** The little-endian integer of exactly {@code n} bytes ({@code struct.unpack}), else "truncated". */
    private static long exact(byte[] data, int n) throws ASFError {
        if (data.length != n) {
            throw new ASFHeaderError("truncated");
        }
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = (v << 8) | (data[i] & 0xFF);
        }
        return v;
    }
}
