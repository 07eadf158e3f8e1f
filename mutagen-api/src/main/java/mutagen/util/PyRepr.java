// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Python's text forms of values, which mutagen's {@code pprint()} embeds and which are part of its canonical output:
 * {@code repr()} of str, bytes, float, bool and None, and C-style {@code %.Nf} formatting.
 *
 * <p>Thread-safe: static functions without state.
 */
public final class PyRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PyRepr() {
    }

    /**
     * {@code repr(str)}: quotes chosen as Python chooses them, non-printable characters escaped.
     *
     * @param s the string
     * @return {@code repr(str)}: quotes chosen as Python chooses them, non-printable characters escaped
     */
    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                hex(sb.append("\\x"), cp, 2);
            } else if (cp < 0x7F || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                hex(sb.append("\\x"), cp, 2);
            } else if (cp <= 0xFFFF) {
                hex(sb.append("\\u"), cp, 4);
            } else {
                hex(sb.append("\\U"), cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /**
     * {@code repr(bytes)}: {@code b'...'} with {@code \xNN} escapes.
     *
     * @param data the bytes
     * @return {@code repr(bytes)}: {@code b'...'} with {@code \xNN} escapes
     */
    public static String bytes(byte[] data) {
        return bytes("", data);
    }

    /**
     * {@code prefix + repr(bytes)}, made in one array when the prefix is Latin-1 (a frame's pprint line of a
     * 3 KB PRIV is 12 KB: each concatenation would copy it again).
     *
     * @param prefix the text before the repr
     * @param data the bytes
     * @return {@code prefix} followed by {@code repr(bytes)}
     */
    public static String bytes(String prefix, byte[] data) {
        int start = prefix.length();
        for (int i = 0; i < start; i++) {
            if (prefix.charAt(i) > 0xFF) {
                return prefix + bytes(data);
            }
        }
        boolean single = singleQuoted(data);
        // Room for the worst case (every byte a 4-character escape) plus the slack of the 8-byte stores.
        long worst = start + 4L * data.length + 11;
        byte[] out;
        if (worst <= SCRATCH_MAX) {
            // Escaped in one pass into this thread's buffer, then copied once into the String: no sizing pass and
            // no second array per repr (a tag's binary frames, pictures aside, are printed whole).
            out = SCRATCH.get();
            if (out.length < worst) {
                out = new byte[(int) Math.max(worst, Math.min(2L * out.length, SCRATCH_MAX))];
                SCRATCH.set(out);
            }
        } else {
            out = new byte[exactLength(data, single) + start + 3 + 8];
        }
        for (int i = 0; i < start; i++) {
            out[i] = (byte) prefix.charAt(i); // Latin-1, checked above
        }
        int end = escape(data, single, out, start);
        return new String(out, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    // The largest repr written in the thread's scratch buffer; a larger one gets an array of its exact size.
    private static final int SCRATCH_MAX = 1 << 16;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[256]);

    /** Python's choice of quote for a bytes repr: {@code '} unless the data holds {@code '} and no {@code "}. */
    private static boolean singleQuoted(byte[] data) {
        return !contains(data, SINGLE_QUOTES) || contains(data, DOUBLE_QUOTES);
    }

    /** Whether {@code data} holds the byte repeated in {@code pattern}: eight bytes per step. */
    private static boolean contains(byte[] data, long pattern) {
        int i = 0;
        for (; i <= data.length - 8; i += 8) {
            if (hasByte((long) Bytes.LONGS.get(data, i), pattern)) {
                return true;
            }
        }
        for (; i < data.length; i++) {
            if (data[i] == (byte) pattern) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word has a byte equal to {@code pattern}'s. */
    private static boolean hasByte(long word, long pattern) {
        return Bytes.bytesEqual(word, pattern) != 0;
    }

    /** Whether all eight bytes of a word print as themselves: 0x20-0x7E, neither a backslash nor the quote. */
    private static boolean plain(long word, long quotes) {
        long low = word & ~Bytes.HIGH_BITS;
        // Per byte, the high bit of low + 0x60 is set from 0x20 on, that of low + 0x01 at 0x7F: no carry between bytes.
        long printable = (low + 0x6060606060606060L) & ~(low + Bytes.LOW_BITS) & ~word & Bytes.HIGH_BITS;
        return printable == Bytes.HIGH_BITS && !hasByte(word, BACKSLASHES) && !hasByte(word, quotes);
    }

    /** The length of {@code repr(data)} without the {@code b} and the quotes. */
    private static int exactLength(byte[] data, boolean single) {
        long length = 0;
        for (byte value : data) {
            int b = value & 0xFF;
            length += ESCAPED_LENGTH[b] + (single && b == '\'' ? 1 : 0);
        }
        if (length > Integer.MAX_VALUE - 64) {
            throw new OutOfMemoryError("bytes repr too long: " + length + " characters");
        }
        return (int) length;
    }

    /** Writes {@code b'...'} of {@code data} at {@code out[at]} (room for 8 bytes past it); returns its end. */
    private static int escape(byte[] data, boolean single, byte[] out, int at) {
        byte quote = (byte) (single ? '\'' : '"');
        out[at++] = 'b';
        out[at++] = quote;
        long[] codes = single ? SINGLE_QUOTED : DOUBLE_QUOTED;
        // With double quotes the data has no '"' (that is why they were chosen), and its single quotes print as such.
        long quotes = single ? SINGLE_QUOTES : BACKSLASHES;
        int n = data.length;
        int i = 0;
        for (; i <= n - 8; i += 8) {
            long word = (long) Bytes.LONGS.get(data, i);
            if (plain(word, quotes)) {
                Bytes.LONGS.set(out, at, word); // a run of text: eight bytes as they are
                at += 8;
                continue;
            }
            for (int k = i; k < i + 8; k++) {
                long code = codes[data[k] & 0xFF];
                INT_LE.set(out, at, (int) code);
                at += (int) (code >>> 32);
            }
        }
        for (; i < n; i++) {
            long code = codes[data[i] & 0xFF];
            INT_LE.set(out, at, (int) code);
            at += (int) (code >>> 32);
        }
        out[at++] = quote;
        return at;
    }

    private static final long SINGLE_QUOTES = '\'' * Bytes.LOW_BITS;
    private static final long DOUBLE_QUOTES = '"' * Bytes.LOW_BITS;
    private static final long BACKSLASHES = '\\' * Bytes.LOW_BITS;

    // The length of each byte in a bytes repr (the quote aside): 1 printable, 2 a backslash escape, 4 a hex escape.
    private static final byte[] ESCAPED_LENGTH = new byte[256];
    // Each byte's escape inside '...' and inside "...": up to four Latin-1 characters, little-endian in the low 32
    // bits, and their number in the high bits (one table load per byte, no branch).
    private static final long[] SINGLE_QUOTED = new long[256];
    private static final long[] DOUBLE_QUOTED = new long[256];
    private static final java.lang.invoke.VarHandle INT_LE = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    static {
        for (int b = 0; b < 256; b++) {
            ESCAPED_LENGTH[b] = (byte) (b == '\\' || b == '\t' || b == '\n' || b == '\r' ? 2
                    : b < 0x20 || b >= 0x7F ? 4 : 1);
            String escape = ESCAPED_LENGTH[b] == 4 ? "\\x" + HEX[b >>> 4] + HEX[b & 0xF]
                    : ESCAPED_LENGTH[b] == 2 ? "\\" + (b == '\t' ? 't' : b == '\n' ? 'n' : b == '\r' ? 'r' : '\\')
                    : String.valueOf((char) b);
            SINGLE_QUOTED[b] = pack(b == '\'' ? "\\'" : escape);
            DOUBLE_QUOTED[b] = pack(escape);
        }
    }

    private static long pack(String escape) {
        long code = (long) escape.length() << 32;
        for (int i = 0; i < escape.length(); i++) {
            code |= (long) escape.charAt(i) << (8 * i);
        }
        return code;
    }

    /**
     * {@code repr(bool)}.
     *
     * @param b the byte
     * @return {@code repr(bool)}
     */
    public static String bool(boolean b) {
        return b ? "True" : "False";
    }

    /**
     * Python's {@code repr} of a value: None, bool, int, float, str, bytes, or a list of these.
     *
     * @param value the value
     * @return python's {@code repr} of a value: None, bool, int, float, str, bytes, or a list of these
     */
    public static String repr(Object value) {
        if (value == null) {
            return "None";
        } else if (value instanceof Boolean) {
            return bool((Boolean) value);
        } else if (value instanceof Double || value instanceof Float) {
            return floatRepr(((Number) value).doubleValue());
        } else if (value instanceof Number) {
            return value.toString();
        } else if (value instanceof String) {
            return str((String) value);
        } else if (value instanceof byte[]) {
            return bytes((byte[]) value);
        } else if (value instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(list.get(i)));
            }
            return sb.append(']').toString();
        }
        return value.toString();
    }

    /**
     * {@code repr(float)}: the shortest text that reads back as the same double, in Python's layout (exponent form
     * below 1e-4 and from 1e16 on).
     *
     * @param v the value
     * @return {@code repr(float)}: the shortest text that reads back as the same double, in Python's layout (exponent
     *     form below 1e-4 and from 1e16 on)
     */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                shortest = candidate;
                break;
            }
            // At a power of two the interval that reads back as v is lopsided: the nearest p-digit decimal can fall
            // outside it while its neighbour on the other side of v is inside. Take the nearer neighbour that works.
            BigDecimal best = null;
            for (BigDecimal n : new BigDecimal[] {candidate.add(candidate.ulp()), candidate.subtract(candidate.ulp())}) {
                if (n.signum() != 0 && n.doubleValue() == v
                        && (best == null || n.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = n;
                }
            }
            if (best != null) {
                shortest = best;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
        String sign = v < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
            return sign + mantissa + "e" + exp;
        }
        String plain = shortest.abs().toPlainString();
        if (plain.indexOf('.') < 0) {
            plain = plain + ".0";
        }
        return sign + plain;
    }

    /**
     * C-style {@code "%.Nf"}: round half to even on the exact binary value, as Python does.
     *
     * @param v the value
     * @param digits the digits
     * @return the text
     */
    public static String fixed(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        if (negative && !s.startsWith("-")) {
            s = "-" + s;
        }
        return s;
    }

    /**
     * C-style {@code "%+.Nf"}.
     *
     * @param v the value
     * @param digits the digits
     * @return the text
     */
    public static String signedFixed(double v, int digits) {
        String s = fixed(v, digits);
        return s.startsWith("-") ? s : "+" + s;
    }

    /**
     * Python 3's {@code round(x)} to an integer: half to even.
     *
     * @param v the value
     * @return the number
     */
    public static long intRound(double v) {
        return (long) Math.rint(v);
    }

    /** Whether Python's {@code str.isprintable()} holds for the code point (space is printable). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void hex(StringBuilder sb, int value, int width) {
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >>> shift) & 0xF]);
        }
    }
}
