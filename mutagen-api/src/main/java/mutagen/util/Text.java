// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text decoding and encoding with Python's semantics: an explicit charset, {@code errors='strict'} (a
 * {@link CharacterCodingException}) or {@code 'replace'} (U+FFFD), and Python's UTF-16 rule that a missing BOM means
 * little-endian.
 *
 * <p>Thread-safe: static functions without state.
 */
public final class Text {
    private Text() {
    }

    /**
     * Decodes {@code data[off, off+len)} with the charset; {@code strict} reports bad input, else replaces it with
     * U+FFFD. {@link StandardCharsets#UTF_16} means Python's {@code 'utf-16'} (see {@link #utf16}).
     *
     * @param data the bytes
     * @param off the offset in bytes
     * @param len the length in bytes
     * @param charset the character set
     * @param strict whether to fail on invalid data instead of skipping it
     * @return the text
     * @throws CharacterCodingException if the text cannot be encoded or decoded in that character set
     */
    public static String decode(byte[] data, int off, int len, Charset charset, boolean strict)
            throws CharacterCodingException {
        if (charset == StandardCharsets.ISO_8859_1) {
            return new String(data, off, len, charset);
        }
        if (charset == StandardCharsets.UTF_16) {
            // Java's UTF-16 assumes big-endian without a BOM; Python's assumes little-endian.
            return utf16(data, off, len, strict);
        }
        if (!strict && charset == StandardCharsets.UTF_8) {
            return utf8Replace(data, off, len, false);
        }
        if (!strict && (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE)) {
            return utf16Replace(data, off, len, charset == StandardCharsets.UTF_16LE);
        }
        if (strict) {
            // Fast paths for valid input; anything else goes to the JDK's strict decoder for its exact error.
            String valid = null;
            if (charset == StandardCharsets.UTF_8) {
                valid = utf8IfValid(data, off, len);
            } else if (charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE) {
                valid = utf16IfValid(data, off, len, charset == StandardCharsets.UTF_16LE);
            }
            if (valid != null) {
                return valid;
            }
        }
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        CharsetDecoder dec = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
        return dec.decode(ByteBuffer.wrap(data, off, len)).toString();
    }

    /** The text of valid UTF-8, or {@code null} when the bytes are not valid (or hold a U+FFFD of their own). */
    private static String utf8IfValid(byte[] data, int off, int len) {
        // The JDK replaces what is malformed with U+FFFD: without one in the result, nothing was. Its decoder finds
        // ASCII text itself (no scan of ours first), and a U+FFFD is never looked for in a Latin-1 string.
        String text = new String(data, off, len, StandardCharsets.UTF_8);
        return text.indexOf('\ufffd') < 0 ? text : null;
    }

    /** The text of valid UTF-16 (even length, surrogates paired), or {@code null}. */
    private static String utf16IfValid(byte[] data, int off, int len, boolean littleEndian) {
        if ((len & 1) != 0) {
            return null;
        }
        char[] chars = new char[len / 2];
        for (int i = 0; i < chars.length; i++) {
            char u = unit(data, off + 2 * i, littleEndian);
            if (Character.isSurrogate(u)) {
                if (Character.isLowSurrogate(u) || i + 1 == chars.length
                        || !Character.isLowSurrogate(unit(data, off + 2 * i + 2, littleEndian))) {
                    return null;
                }
                chars[i] = u;
                i++;
                chars[i] = unit(data, off + 2 * i, littleEndian);
            } else {
                chars[i] = u;
            }
        }
        return new String(chars);
    }

    /**
     * Decodes {@code data[off, off+len)} with an explicit error action: {@code REPORT} (Python's {@code 'strict'}),
     * {@code REPLACE} ({@code 'replace'}) or {@code IGNORE} ({@code 'ignore'}, bad input dropped), cutting bad UTF-8
     * sequences as Python cuts them.
     *
     * @param data the bytes
     * @param off the offset in bytes
     * @param len the length in bytes
     * @param charset the character set
     * @param action the action
     * @return the text
     * @throws CharacterCodingException if the text cannot be encoded or decoded in that character set
     */
    public static String decode(byte[] data, int off, int len, Charset charset, CodingErrorAction action)
            throws CharacterCodingException {
        if (action == CodingErrorAction.REPORT) {
            return decode(data, off, len, charset, true);
        }
        if (action == CodingErrorAction.IGNORE && charset.equals(StandardCharsets.UTF_8)) {
            return utf8Replace(data, off, len, true);
        }
        if (action == CodingErrorAction.IGNORE) {
            CharsetDecoder dec = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
            return dec.decode(ByteBuffer.wrap(data, off, len)).toString();
        }
        return decode(data, off, len, charset, false);
    }

    /**
     * Python's {@code UnicodeDecodeError} text for the first invalid UTF-8 sequence in {@code data[off, off+len)}:
     * {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte}; positions count from
     * {@code off}. {@code null} when the bytes are valid UTF-8.
     *
     * @param data the bytes
     * @param off the offset in bytes
     * @param len the length in bytes
     * @return python's {@code UnicodeDecodeError} text for the first invalid UTF-8 sequence in {@code data[off,
     *     off+len)}: {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte}; positions count
     *     from {@code off}
     */
    public static String utf8ErrorText(byte[] data, int off, int len) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, off, len);
        if (!dec.decode(in, java.nio.CharBuffer.allocate(len + 1), true).isError()) {
            return null;
        }
        int p = in.position();
        int[] bad = utf8Sequence(data, p, off + len);
        String[] reasons = {"invalid start byte", "invalid continuation byte", "unexpected end of data"};
        String where = bad[0] == 1
                ? String.format("byte 0x%02x in position %d", data[p] & 0xFF, p - off)
                : "bytes in position " + (p - off) + "-" + (p - off + bad[0] - 1);
        return "'utf-8' codec can't decode " + where + ": " + reasons[bad[1]];
    }

    /**
     * The UTF-8 sequence at {@code p} as Python's decoder cuts it: its length and -1 when it is valid, else the
     * length of the invalid part and why (0 invalid start byte, 1 invalid continuation byte, 2 unexpected end of
     * data). The lead byte fixes the number of continuation bytes and the range of the second one.
     */
    private static int[] utf8Sequence(byte[] data, int p, int end) {
        int b = data[p] & 0xFF;
        if (b < 0x80) {
            return new int[] {1, -1};
        }
        int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
        for (int k = 1; k <= need; k++) {
            if (p + k >= end) {
                return new int[] {end - p, 2};
            }
            int c = data[p + k] & 0xFF;
            int lo = 0x80;
            int hi = 0xBF;
            if (k == 1) {
                lo = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
                hi = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            }
            if (c < lo || c > hi) {
                return new int[] {k, 1};
            }
        }
        return need == 0 ? new int[] {1, 0} : new int[] {need + 1, -1};
    }

    /**
     * Decodes all of {@code data}.
     *
     * @param data the bytes
     * @param charset the character set
     * @param strict whether to fail on invalid data instead of skipping it
     * @return the text
     * @throws CharacterCodingException if the text cannot be encoded or decoded in that character set
     */
    public static String decode(byte[] data, Charset charset, boolean strict) throws CharacterCodingException {
        return decode(data, 0, data.length, charset, strict);
    }

    /**
     * Decodes Latin-1, which never fails.
     *
     * @param data the bytes
     * @param off the offset in bytes
     * @param len the length in bytes
     * @return the text
     */
    public static String latin1(byte[] data, int off, int len) {
        return new String(data, off, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Decodes UTF-8 strictly.
     *
     * @param data the bytes
     * @param off the offset in bytes
     * @param len the length in bytes
     * @return the UTF-8 strictly decoded
     * @throws CharacterCodingException if the text cannot be encoded or decoded in that character set
     */
    public static String utf8(byte[] data, int off, int len) throws CharacterCodingException {
        return decode(data, off, len, StandardCharsets.UTF_8, true);
    }

    /**
     * Python's {@code 'utf-16'} codec: a leading BOM picks the byte order and is dropped; without one the text is
     * little-endian. An odd length is an error when strict, else the last byte becomes U+FFFD.
     *
     * @param data the bytes
     * @param off the offset in bytes
     * @param len the length in bytes
     * @param strict whether to fail on invalid data instead of skipping it
     * @return python's {@code 'utf-16'} codec: a leading BOM picks the byte order and is dropped; without one the text
     *     is little-endian
     * @throws CharacterCodingException if the text cannot be encoded or decoded in that character set
     */
    public static String utf16(byte[] data, int off, int len, boolean strict) throws CharacterCodingException {
        if (len >= 2) {
            int b0 = data[off] & 0xFF;
            int b1 = data[off + 1] & 0xFF;
            if (b0 == 0xFF && b1 == 0xFE) {
                return decode(data, off + 2, len - 2, StandardCharsets.UTF_16LE, strict);
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return decode(data, off + 2, len - 2, StandardCharsets.UTF_16BE, strict);
            }
        }
        return decode(data, off, len, StandardCharsets.UTF_16LE, strict);
    }

    /**
     * Encodes as Python's {@code 'utf-16'} does, with an explicit byte-order mark ({@code encode_endian}).
     *
     * @param text the text
     * @param littleEndian the little endian
     * @return the bytes
     */
    public static byte[] utf16WithBom(String text, boolean littleEndian) {
        byte[] body = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) (littleEndian ? 0xFF : 0xFE);
        out[1] = (byte) (littleEndian ? 0xFE : 0xFF);
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    /**
     * Encodes strictly: unpaired surrogates or unmappable characters are an error, as in Python.
     *
     * @param text the text
     * @param charset the character set
     * @return the bytes
     * @throws CharacterCodingException if the text cannot be encoded or decoded in that character set
     */
    public static byte[] encode(String text, Charset charset) throws CharacterCodingException {
        return toArray(charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(text)));
    }

    /**
     * Text decoded up to a NUL terminator: the text and the index just past the terminator (or the end of the range
     * when there was none).
     *
     * @param text the decoded text, without the terminator
     * @param end the index of the first byte after the terminator
     */
    public record Terminated(String text, int end) {
    }

    /** The text of {@link #decodeTerminated} had no NUL terminator although one was required. */
    public static final class MissingTerminatorException extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        /** Creates the exception. */
        public MissingTerminatorException() {
            super("not null terminated");
        }
    }

    /**
     * Decodes {@code data[from, to)} up to the first NUL terminator, as mutagen's {@code decode_terminated} does: the
     * terminator is one zero byte for Latin-1 and UTF-8, and one zero code unit (two bytes on a code unit boundary,
     * after any BOM) for the UTF-16 charsets; {@link StandardCharsets#UTF_16} is Python's {@code 'utf-16'}. Decoding
     * is strict.
     *
     * @param requireTerminator mutagen's {@code strict}: whether a missing terminator is an error
     * @param data the bytes
     * @param from the first index (inclusive)
     * @param to the last index (exclusive)
     * @param charset the character set
     * @return the {@code Terminated}
     * @throws CharacterCodingException when the text before the terminator does not decode (checked first)
     * @throws MissingTerminatorException when there is no terminator and one is required
     */
    public static Terminated decodeTerminated(byte[] data, int from, int to, Charset charset,
                                              boolean requireTerminator) throws java.io.IOException {
        if (from < 0 || to < from || to > data.length) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " of " + data.length);
        }
        int width = 1;
        int searchFrom = from;
        if (charset == StandardCharsets.UTF_16 || charset == StandardCharsets.UTF_16LE
                || charset == StandardCharsets.UTF_16BE) {
            width = 2;
            if (charset == StandardCharsets.UTF_16 && to - from >= 2) {
                int b0 = data[from] & 0xFF;
                int b1 = data[from + 1] & 0xFF;
                if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
                    searchFrom = from + 2;
                }
            }
        } else if (charset != StandardCharsets.UTF_8 && charset != StandardCharsets.ISO_8859_1
                && charset != StandardCharsets.US_ASCII) {
            throw new IllegalArgumentException("no terminator rule for " + charset);
        }
        int index = findTerminator(data, searchFrom, to, width);
        if (index < 0) {
            String text = decode(data, from, to - from, charset, true);
            if (requireTerminator) {
                throw new MissingTerminatorException();
            }
            return new Terminated(text, to);
        }
        return new Terminated(decode(data, from, index - from, charset, true), index + width);
    }

    /**
     * Python's {@code UnicodeEncodeError} text for the first run of characters that {@code codec} cannot encode:
     * {@code 'latin-1' codec can't encode character '\u6f22' in position 1: ordinal not in range(256)}. The codec
     * is named as Python names it ({@code ascii}, {@code latin-1}, {@code utf-8}, {@code utf-16-le},
     * {@code utf-16-be}); positions count code points. {@code null} when the text encodes.
     *
     * @param codec the codec
     * @param text the text
     * @return python's {@code UnicodeEncodeError} text for the first run of characters that {@code codec} cannot
     *     encode: {@code 'latin-1' codec can't encode character '\u6f22' in position 1: ordinal not in range(256)}
     */
    public static String encodeErrorText(String codec, String text) {
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : Integer.MAX_VALUE;
        int start = -1;
        int end = -1;
        int index = 0;
        int firstBad = 0;
        for (int i = 0; i < text.length(); index++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean bad = cp >= limit || (cp >= 0xD800 && cp <= 0xDFFF);
            if (bad && start < 0) {
                start = index;
                firstBad = cp;
            }
            if (start >= 0) {
                if (!bad) {
                    break;
                }
                end = index + 1;
                if (codec.startsWith("utf-16")) {
                    break; // Python's UTF-16 encoders report one character at a time
                }
            }
        }
        if (start < 0) {
            return null;
        }
        String reason = limit == Integer.MAX_VALUE ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        if (end - start == 1) {
            String ch = firstBad < 0x100 ? String.format("\\x%02x", firstBad)
                    : firstBad < 0x10000 ? String.format("\\u%04x", firstBad) : String.format("\\U%08x", firstBad);
            return "'" + codec + "' codec can't encode character '" + ch + "' in position " + start + ": " + reason;
        }
        return "'" + codec + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": "
                + reason;
    }

    /**
     * The index of the first NUL terminator of {@code width} bytes (1, or 2 for UTF-16, aligned to {@code from})
     * within {@code data[from, to)}, or -1 (the search of mutagen's {@code decode_terminated}).
     *
     * @param data the bytes
     * @param from the first index (inclusive)
     * @param to the last index (exclusive)
     * @param width the width in bytes
     * @return the index of the first NUL terminator of {@code width} bytes (1, or 2 for UTF-16, aligned to {@code
     *     from}) within {@code data[from, to)}, or -1 (the search of mutagen's {@code decode_terminated})
     */
    public static int findTerminator(byte[] data, int from, int to, int width) {
        if (width == 1) {
            for (int i = from; i < to; i++) {
                if (data[i] == 0) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = from; i + 1 < to; i += 2) {
            if (data[i] == 0 && data[i + 1] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * UTF-8 with {@code errors='replace'} (or {@code 'ignore'}) as Python does it: one U+FFFD for each maximal
     * invalid subsequence (Java's decoder sometimes replaces a longer run with a single U+FFFD).
     */
    private static String utf8Replace(byte[] data, int off, int len, boolean ignore) {
        // Most tag text is valid (ASCII or not): nothing to cut or replace, and the JDK's decoder builds the string
        // directly; only text with a U+FFFD (bad bytes, or a U+FFFD of its own) goes through Python's cuts below.
        String valid = utf8IfValid(data, off, len);
        if (valid != null) {
            return valid;
        }
        StringBuilder sb = new StringBuilder(len);
        int end = off + len;
        for (int i = off; i < end; ) {
            int[] seq = utf8Sequence(data, i, end);
            if (seq[1] >= 0) {
                if (!ignore) {
                    sb.append('\ufffd');
                }
            } else if (seq[0] == 1) {
                sb.append((char) data[i]);
            } else {
                int cp = data[i] & (0x7F >> seq[0]);
                for (int k = 1; k < seq[0]; k++) {
                    cp = (cp << 6) | (data[i + k] & 0x3F);
                }
                sb.appendCodePoint(cp);
            }
            i += seq[0];
        }
        return sb.toString();
    }

    /** UTF-16 with {@code errors='replace'} as Python does it (a lone surrogate is one U+FFFD). */
    private static String utf16Replace(byte[] data, int off, int len, boolean littleEndian) {
        StringBuilder sb = new StringBuilder(len / 2 + 1);
        int end = off + len;
        int i = off;
        while (i < end) {
            if (end - i < 2) {
                sb.append('\ufffd');
                break;
            }
            char u = unit(data, i, littleEndian);
            if (Character.isHighSurrogate(u)) {
                if (end - i < 4) {
                    // Truncated data: one replacement for the rest.
                    sb.append('\ufffd');
                    break;
                }
                char next = unit(data, i + 2, littleEndian);
                if (Character.isLowSurrogate(next)) {
                    sb.append(u).append(next);
                    i += 4;
                } else {
                    sb.append('\ufffd');
                    i += 2;
                }
            } else if (Character.isLowSurrogate(u)) {
                sb.append('\ufffd');
                i += 2;
            } else {
                sb.append(u);
                i += 2;
            }
        }
        return sb.toString();
    }

    private static char unit(byte[] data, int i, boolean littleEndian) {
        int a = data[i] & 0xFF;
        int b = data[i + 1] & 0xFF;
        return (char) (littleEndian ? (b << 8) | a : (a << 8) | b);
    }

    private static byte[] toArray(ByteBuffer buf) {
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        return out;
    }
}
