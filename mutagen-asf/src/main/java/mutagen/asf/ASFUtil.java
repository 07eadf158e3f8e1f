// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.nio.charset.StandardCharsets;
import mutagen.util.PyCompat;
import mutagen.util.Text;

/**
 * GUID text conversion and the byte-level helpers of the ASF module: Python's strict {@code 'utf-16-le'} decoding
 * (with its {@code UnicodeDecodeError} texts) and the range checks of {@code struct.pack}.
 * Mirrors {@code mutagen.asf._util}.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class ASFUtil {
    private static final String HEX = "0123456789ABCDEF";

    private ASFUtil() {
    }

    /**
     * The 16 bytes of a GUID written as {@code XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX} (mutagen's {@code guid2bytes}):
     * the first three groups little-endian, the last two big-endian.
     *
     * @param s the string
     * @return the 16 bytes of a GUID written as {@code XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX} (mutagen's {@code
     *     guid2bytes}): the first three groups little-endian, the last two big-endian
     * @throws IllegalArgumentException when the text is not a GUID
     */
    public static byte[] guid2bytes(String s) {
        if (s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-'
                || s.charAt(23) != '-') {
            throw new IllegalArgumentException("not a GUID: " + s);
        }
        byte[] out = new byte[16];
        putLE(out, 0, hex(s, 0, 8), 4);
        putLE(out, 4, hex(s, 9, 13), 2);
        putLE(out, 6, hex(s, 14, 18), 2);
        long tail = (hex(s, 19, 23) << 48) | hex(s, 24, 36);
        for (int i = 0; i < 8; i++) {
            out[8 + i] = (byte) (tail >>> (56 - 8 * i));
        }
        return out;
    }

    /**
     * The text of a serialized GUID (mutagen's {@code bytes2guid}).
     *
     * @param b the byte
     * @return the text of a serialized GUID (mutagen's {@code bytes2guid})
     */
    public static String bytes2guid(byte[] b) {
        if (b.length < 16) {
            throw new IllegalArgumentException("a GUID has 16 bytes, not " + b.length);
        }
        StringBuilder sb = new StringBuilder(36);
        appendHex(sb, b, new int[] {3, 2, 1, 0});
        sb.append('-');
        appendHex(sb, b, new int[] {5, 4});
        sb.append('-');
        appendHex(sb, b, new int[] {7, 6});
        sb.append('-');
        appendHex(sb, b, new int[] {8, 9});
        sb.append('-');
        appendHex(sb, b, new int[] {10, 11, 12, 13, 14, 15});
        return sb.toString();
    }

    private static void appendHex(StringBuilder sb, byte[] b, int[] order) {
        for (int i : order) {
            sb.append(HEX.charAt((b[i] >> 4) & 15)).append(HEX.charAt(b[i] & 15));
        }
    }

    private static long hex(String s, int from, int to) {
        try {
            return Long.parseLong(s.substring(from, to), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a GUID: " + s, e);
        }
    }

    private static void putLE(byte[] out, int at, long v, int n) {
        for (int i = 0; i < n; i++) {
            out[at + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Python's {@code UnicodeDecodeError} text for the first bad unit, or {@code null} when all is valid. */
    static String utf16Error(byte[] data, int off, int len) {
        int q = 0;
        while (q < len) {
            if (len - q < 2) {
                return decodeError(data, off, q, len, "truncated data");
            }
            int u = unit(data, off + q);
            if (u >= 0xDC00 && u <= 0xDFFF) {
                return decodeError(data, off, q, q + 2, "illegal encoding");
            }
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (len - q < 4) {
                    return decodeError(data, off, q, len, "unexpected end of data");
                }
                int low = unit(data, off + q + 2);
                if (low < 0xDC00 || low > 0xDFFF) {
                    return decodeError(data, off, q, q + 2, "illegal UTF-16 surrogate");
                }
                q += 2;
            }
            q += 2;
        }
        return null;
    }

    private static int unit(byte[] data, int at) {
        return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
    }

    private static String decodeError(byte[] data, int off, int start, int end, String reason) {
        String where = end - start == 1
                ? String.format("byte 0x%02x in position %d", data[off + start] & 0xFF, start)
                : "bytes in position " + start + "-" + (end - 1);
        return "'utf-16-le' codec can't decode " + where + ": " + reason;
    }

    /**
     * Python's {@code text.encode('utf-16-le')}.
     *
     * @throws ASFError with Python's {@code UnicodeEncodeError} text for a lone surrogate
     */
    static byte[] encodeUtf16(String text) throws ASFError {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                String error = Text.encodeErrorText("utf-16-le", text);
                if (error != null) {
                    throw new ASFError(error);
                }
                break;
            }
        }
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    /**
     * Python's {@code data[off:off+len].decode('utf-16-le').strip('\x00')}.
     *
     * @throws ASFError with Python's {@code UnicodeDecodeError} text for an odd length or an unpaired surrogate
     */
    static String utf16StripNul(byte[] data, int off, int len) throws ASFError {
        // NUL units are not surrogates: the middle decodes exactly when the whole does, so validate once, there
        int from = off;
        int to = off + len;
        while (to - from >= 2 && data[from] == 0 && data[from + 1] == 0) {
            from += 2;
        }
        while (to - from >= 2 && data[to - 1] == 0 && data[to - 2] == 0) {
            to -= 2;
        }
        try {
            // the shared decoder's fast path (JDK 17's String has none for UTF-16: a CharsetDecoder per string)
            return Text.decode(data, from, to - from, StandardCharsets.UTF_16LE, true);
        } catch (java.nio.charset.CharacterCodingException e) {
            String error = utf16Error(data, off, len); // Python's text for the first bad unit of the whole
            throw new ASFError(error != null ? error : e.toString(), e);
        }
    }

    /**
     * Checks a value for {@code struct.pack('<H', v)}.
     *
     * @throws ASFError with Python's {@code struct.error} text when out of range
     */
    static int checkU16(long v) throws ASFError {
        if (v < 0 || v > 0xFFFF) {
            throw new ASFError("ushort format requires 0 <= number <= 65535");
        }
        return (int) v;
    }

    /**
     * Checks a value for {@code struct.pack('<I', v)}.
     *
     * @throws ASFError with Python's {@code struct.error} text when out of range
     */
    static long checkU32(long v) throws ASFError {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new ASFError("'I' format requires 0 <= number <= 4294967295");
        }
        return v;
    }
}
