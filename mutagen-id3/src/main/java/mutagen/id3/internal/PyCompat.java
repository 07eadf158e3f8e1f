// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3.internal;

import java.util.Comparator;
import mutagen.util.PyRepr;

/**
 * The Python behaviours that ID3 and EasyID3 depend on, in one place: {@code int(str)}, whitespace, {@code float(str)},
 * {@code fnmatch.fnmatchcase} and the code-point order of {@code str} values. Not exported.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class PyCompat {
    private PyCompat() {
    }

    /** Python's {@code str.isspace()} for one character. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * Python's {@code int(text)}: optional surrounding whitespace, an optional sign, decimal digits (any script) with
     * single underscores between them. Returns {@code null} where Python raises {@code ValueError}, or when the
     * value does not fit a {@code long}.
     */
    public static Long parse(String text) {
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
    public static boolean isDecimal(String s) {
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
    public static String zeroPad(long v, int width) {
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
    public static java.util.List<String> splitLines(String s) {
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

    /** Python's order of {@code str} values: by code point (Java's {@code compareTo} orders UTF-16 units). */
    public static final Comparator<String> CODEPOINT_ORDER = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    };

    /** Python's {@code fnmatch.fnmatchcase}. */
    public static boolean fnmatch(String name, String pattern) {
        return match(name, 0, pattern, 0);
    }

    private static boolean match(String s, int si, String p, int pi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = s.length(); k >= si; k--) {
                    if (match(s, k, p, pi + 1)) {
                        return true;
                    }
                }
                return false;
            } else if (c == '?') {
                if (si >= s.length()) {
                    return false;
                }
                si++;
                pi++;
            } else if (c == '[') {
                int end = p.indexOf(']', pi + 2);
                if (end < 0) {
                    if (si >= s.length() || s.charAt(si) != '[') {
                        return false;
                    }
                    si++;
                    pi++;
                    continue;
                }
                if (si >= s.length()) {
                    return false;
                }
                String set = p.substring(pi + 1, end);
                boolean negate = set.startsWith("!");
                if (negate) {
                    set = set.substring(1);
                }
                char ch = s.charAt(si);
                boolean found = false;
                for (int k = 0; k < set.length(); k++) {
                    if (k + 2 < set.length() && set.charAt(k + 1) == '-') {
                        if (ch >= set.charAt(k) && ch <= set.charAt(k + 2)) {
                            found = true;
                        }
                        k += 2;
                    } else if (set.charAt(k) == ch) {
                        found = true;
                    }
                }
                if (found == negate) {
                    return false;
                }
                si++;
                pi = end + 1;
            } else {
                if (si >= s.length() || s.charAt(si) != c) {
                    return false;
                }
                si++;
                pi++;
            }
        }
        return si == s.length();
    }

    /** Python's {@code float(str)} for the common forms. */
    public static double parseFloat(String s) {
        String t = s.trim();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (t.isEmpty() || !t.matches("[+-]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("could not convert string to float: " + PyRepr.str(s));
        }
        return Double.parseDouble(t.replace("_", ""));
    }
}
