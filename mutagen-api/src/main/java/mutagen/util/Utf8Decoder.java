// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.nio.charset.StandardCharsets;

/**
 * Decodes valid UTF-8 through a char buffer it keeps, for a reader that decodes many values in a row (a Vorbis
 * comment's). Why: JDK 17 decodes text that is not ASCII into a Latin-1 array, then (at the first char above
 * U+00FF) into a UTF-16 one, then trims a copy; from chars only a failed compression attempt is wasted (a comment of
 * 150 such values allocated 13 KB less per read). ASCII text is found eight bytes at a time and copied as it is.
 * Anything invalid is refused ({@code null}), for the caller to decode with the error handling it asked for
 * ({@link Text#decode(byte[], int, int, java.nio.charset.Charset, java.nio.charset.CodingErrorAction)}).
 *
 * <p>Not thread-safe: one per reader, used by one thread at a time.
 */
public final class Utf8Decoder {
    private char[] chars = new char[64];

    /** A decoder with a small buffer (it grows to the longest value decoded). */
    public Utf8Decoder() {
    }

    /**
     * {@return the text of {@code data[from, to)} when it is valid UTF-8; {@code null} when it is not}
     *
     * @param data the bytes
     * @param from the first byte
     * @param to the end (exclusive)
     */
    public String decodeIfValid(byte[] data, int from, int to) {
        int first = Bytes.firstNonAscii(data, from, to);
        if (first < 0) {
            return new String(data, from, to - from, StandardCharsets.ISO_8859_1);
        }
        return decode(data, from, first, to);
    }

    /** {@link #decodeIfValid} of text whose first byte above 0x7F is at {@code first}. */
    String decode(byte[] data, int from, int first, int to) {
        int n = to - from;
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        char[] out = chars;
        int k = 0;
        for (int i = from; i < first; i++) {
            out[k++] = (char) data[i];
        }
        int i = first;
        while (i < to) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                out[k++] = (char) b;
                i++;
            } else if (b < 0xC2) {
                // A continuation byte without a lead, or an overlong two-byte lead.
                return null;
            } else if (b < 0xE0) {
                if (i + 1 >= to || !continuation(data[i + 1])) {
                    return null;
                }
                out[k++] = (char) (((b & 0x1F) << 6) | (data[i + 1] & 0x3F));
                i += 2;
            } else if (b < 0xF0) {
                if (i + 2 >= to || !continuation(data[i + 1]) || !continuation(data[i + 2])) {
                    return null;
                }
                int c1 = data[i + 1] & 0xFF;
                if (b == 0xE0 && c1 < 0xA0 || b == 0xED && c1 >= 0xA0) {
                    // Overlong, or a surrogate.
                    return null;
                }
                out[k++] = (char) (((b & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (data[i + 2] & 0x3F));
                i += 3;
            } else if (b <= 0xF4) {
                if (i + 3 >= to || !continuation(data[i + 1]) || !continuation(data[i + 2])
                        || !continuation(data[i + 3])) {
                    return null;
                }
                int c1 = data[i + 1] & 0xFF;
                if (b == 0xF0 && c1 < 0x90 || b == 0xF4 && c1 >= 0x90) {
                    // Overlong, or above U+10FFFF.
                    return null;
                }
                int cp = ((b & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6) | (data[i + 3] & 0x3F);
                out[k++] = Character.highSurrogate(cp);
                out[k++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return null;
            }
        }
        return new String(out, 0, k);
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
