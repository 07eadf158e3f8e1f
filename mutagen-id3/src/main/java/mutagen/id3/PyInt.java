// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/** Python's {@code int(str)} and whitespace rules, which ID3 text parsing depends on. */
final class PyInt {
    private PyInt() {
    }

    /** Python's {@code str.isspace()} for one character. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * Python's {@code int(text)}: optional surrounding whitespace, an optional sign, decimal digits (any script) with
     * single underscores between them. Returns {@code null} where Python raises {@code ValueError}, or when the
     * value does not fit a {@code long}.
     */
    static Long parse(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        boolean negative = false;
        char first = text.charAt(start);
        if (first == '+' || first == '-') {
            negative = first == '-';
            start++;
        }
        if (start == end) {
            return null;
        }
        long value = 0;
        boolean lastUnderscore = true; // no leading underscore
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (d < 0) {
                return null;
            }
            lastUnderscore = false;
            if (value > (Long.MAX_VALUE - d) / 10) {
                return null;
            }
            value = value * 10 + d;
        }
        if (lastUnderscore) {
            return null;
        }
        return negative ? -value : value;
    }

    /** Python's {@code str.isdecimal()}. */
    static boolean isDecimal(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) != Character.DECIMAL_DIGIT_NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** C's {@code %0Nd}: at least {@code width} characters, zero-padded after the sign. */
    static String zeroPad(long v, int width) {
        String digits = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder(width + 1);
        if (v < 0) {
            sb.append('-');
        }
        for (int n = sb.length() + digits.length(); n < width; n++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    /** Python's {@code str.splitlines()}. */
    static java.util.List<String> splitLines(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            boolean brk = c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                    || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            if (brk) {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }
}
