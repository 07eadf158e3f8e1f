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
 */
public final class Text {
    private Text() {
    }

    /** Decodes {@code data[off, off+len)} with the charset; {@code strict} reports bad input, else replaces it. */
    public static String decode(byte[] data, int off, int len, Charset charset, boolean strict)
            throws CharacterCodingException {
        if (charset == StandardCharsets.ISO_8859_1) {
            return new String(data, off, len, charset);
        }
        return decode(data, off, len, charset, strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
    }

    /**
     * Decodes {@code data[off, off+len)} with an explicit error action: {@code REPORT} (Python's {@code 'strict'}),
     * {@code REPLACE} ({@code 'replace'}) or {@code IGNORE} ({@code 'ignore'}, bad input dropped). For UTF-8 the bad
     * sequences are cut as Python cuts them (one U+FFFD per maximal invalid subpart, so an encoded surrogate
     * {@code ED A0 80} gives three), which Java's own decoder does not do.
     */
    public static String decode(byte[] data, int off, int len, Charset charset, CodingErrorAction action)
            throws CharacterCodingException {
        if (action == CodingErrorAction.REPORT || !charset.equals(StandardCharsets.UTF_8)) {
            CharsetDecoder dec = charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
            return dec.decode(ByteBuffer.wrap(data, off, len)).toString();
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, off, len);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(len + 1);
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, true);
            if (!r.isError()) {
                break;
            }
            int p = in.position();
            if (action == CodingErrorAction.REPLACE) {
                out.put('\ufffd');
            }
            in.position(p + utf8BadLength(data, p, off + len)[0]);
            dec.reset();
        }
        dec.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * Python's {@code UnicodeDecodeError} text for the first invalid UTF-8 sequence in {@code data[off, off+len)}:
     * {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte}; positions count from
     * {@code off}. {@code null} when the bytes are valid UTF-8.
     */
    public static String utf8ErrorText(byte[] data, int off, int len) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data, off, len);
        if (!dec.decode(in, java.nio.CharBuffer.allocate(len + 1), true).isError()) {
            return null;
        }
        int p = in.position();
        int[] bad = utf8BadLength(data, p, off + len);
        String[] reasons = {"invalid start byte", "invalid continuation byte", "unexpected end of data"};
        String where = bad[0] == 1
                ? String.format("byte 0x%02x in position %d", data[p] & 0xFF, p - off)
                : "bytes in position " + (p - off) + "-" + (p - off + bad[0] - 1);
        return "'utf-8' codec can't decode " + where + ": " + reasons[bad[1]];
    }

    /**
     * The length of the invalid UTF-8 sequence at {@code p} as Python's decoder cuts it, and why (0 invalid start
     * byte, 1 invalid continuation byte, 2 unexpected end of data). The lead byte fixes the number of continuation
     * bytes and the range of the second one.
     */
    private static int[] utf8BadLength(byte[] data, int p, int end) {
        int b = data[p] & 0xFF;
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
        return new int[] {1, 0};
    }

    /** Decodes all of {@code data}. */
    public static String decode(byte[] data, Charset charset, boolean strict) throws CharacterCodingException {
        return decode(data, 0, data.length, charset, strict);
    }

    /** Decodes Latin-1, which never fails. */
    public static String latin1(byte[] data, int off, int len) {
        return new String(data, off, len, StandardCharsets.ISO_8859_1);
    }

    /** Decodes UTF-8 strictly. */
    public static String utf8(byte[] data, int off, int len) throws CharacterCodingException {
        return decode(data, off, len, StandardCharsets.UTF_8, true);
    }

    /**
     * Python's {@code 'utf-16'} codec: a leading BOM picks the byte order and is dropped; without one the text is
     * little-endian. An odd length is an error when strict, else the last byte becomes U+FFFD.
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

    /** Encodes as Python's {@code 'utf-16'} does, with an explicit byte-order mark ({@code encode_endian}). */
    public static byte[] utf16WithBom(String text, boolean littleEndian) {
        byte[] body = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) (littleEndian ? 0xFF : 0xFE);
        out[1] = (byte) (littleEndian ? 0xFE : 0xFF);
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    /** Encodes strictly: unpaired surrogates or unmappable characters are an error, as in Python. */
    public static byte[] encode(String text, Charset charset) throws CharacterCodingException {
        return toArray(charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .encode(java.nio.CharBuffer.wrap(text)));
    }

    /**
     * The index of the first NUL terminator of {@code width} bytes (1, or 2 for UTF-16, aligned to {@code from})
     * within {@code data[from, to)}, or -1 (the search of mutagen's {@code decode_terminated}).
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

    private static byte[] toArray(ByteBuffer buf) {
        byte[] out = new byte[buf.remaining()];
        buf.get(out);
        return out;
    }
}
