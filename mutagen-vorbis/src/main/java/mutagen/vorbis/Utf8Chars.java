// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

/**
 * Decodes valid UTF-8 text that is not ASCII through a char buffer kept for one comment. Why: JDK 17 decodes such
 * text into a Latin-1 array, then (at the first char above U+00FF) into a UTF-16 one, then trims a copy; from chars
 * only a failed compression attempt is wasted (a comment of 150 such values allocated 13 KB less per read).
 *
 * <p>Not thread-safe: one per comment being read.
 */
final class Utf8Chars {
    private char[] chars = new char[64];

    /**
     * The text of {@code data[from, to)}, whose first byte above 0x7F is at {@code first}, when it is valid UTF-8;
     * {@code null} when it is not (the caller decodes it with the error handling it asked for).
     */
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
