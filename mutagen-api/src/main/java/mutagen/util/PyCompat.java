// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Python's behaviours that the format modules copy, in one place: {@code str.isspace()} and {@code str.strip()},
 * {@code str.isdecimal()}, {@code str.splitlines()}, {@code int(str)}, {@code float(str)}, C's {@code %0Nd}, the
 * code-point order of {@code str} values and {@code fnmatch.fnmatchcase}.
 *
 * <p>Thread-safe: static functions and an immutable comparator, no state.
 */
public final class PyCompat {
    /**
     * Python's order of {@code str} values: by code point (Java's {@code compareTo} orders UTF-16 units, which puts
     * U+E000..U+FFFF after the supplementary characters); a lone surrogate is a code point of its own, as in Python.
     */
    public static final Comparator<String> CODEPOINT_ORDER = PyCompat::compareCodePoints;

    private PyCompat() {
    }

    /**
     * Python's {@code str.isspace()} for one character: bidirectional class WS, B or S, or category Zs.
     *
     * @param c the character
     * @return whether Python calls it white space
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /**
     * Python's {@code s.strip()}: what {@link #isSpace(char)} calls white space removed from both ends.
     *
     * @param s the string
     * @return the string without leading and trailing white space
     */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Python's {@code int(text)}: optional surrounding white space, an optional sign, decimal digits (any script)
     * with single underscores between them.
     *
     * @param text the text
     * @return the value, or {@code null} where Python raises {@code ValueError} or when it does not fit a long
     */
    public static Long parseInt(String text) {
        return parseInt(text, 0, text.length());
    }

    /**
     * {@link #parseInt(String)} of {@code text.substring(from, to)}, without making the substring (a time stamp's
     * parts are parsed from its text in place).
     *
     * @param text the text
     * @param from where the part starts
     * @param to where it ends (exclusive)
     * @return the value, or {@code null} where Python raises {@code ValueError} or when it does not fit a long
     */
    public static Long parseInt(String text, int from, int to) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        boolean negative = from < to && text.charAt(from) == '-';
        int start = negative || from < to && text.charAt(from) == '+' ? from + 1 : from;
        if (start >= to) {
            return null;
        }
        long value = 0;
        boolean lastUnderscore = true; // no leading underscore
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c == '_' && !lastUnderscore) {
                lastUnderscore = true;
                continue;
            }
            // ASCII digits told at once; any other script's decimal digits through their Unicode type.
            int d = c >= '0' && c <= '9' ? c - '0'
                    : Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (d < 0 || value > (Long.MAX_VALUE - d) / 10) {
                return null;
            }
            lastUnderscore = false;
            value = value * 10 + d;
        }
        if (lastUnderscore) {
            return null;
        }
        return negative ? -value : value;
    }

    /**
     * Python's {@code str.isdecimal()}.
     *
     * @param s the string
     * @return whether it is not empty and every character is a decimal digit (any script)
     */
    public static boolean isDecimal(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.getType(s.charAt(i)) != Character.DECIMAL_DIGIT_NUMBER) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * C's {@code %0Nd}.
     *
     * @param v the value
     * @param width the least number of characters
     * @return the value in decimal, zero-padded after the sign to {@code width} characters
     */
    public static String zeroPad(long v, int width) {
        return appendZeroPadded(new StringBuilder(width + 1), v, width).toString();
    }

    /**
     * {@link #zeroPad(long, int)} appended to {@code sb}, without a string of its own.
     *
     * @param sb where to append
     * @param v the value
     * @param width the least number of characters
     * @return {@code sb}
     */
    public static StringBuilder appendZeroPadded(StringBuilder sb, long v, int width) {
        long abs = Math.abs(v);
        // Long.MIN_VALUE has no positive counterpart: its "absolute" text is Long.toString's, 20 characters.
        int digits = 1;
        if (abs < 0) {
            digits = 20;
        }
        for (long rest = abs / 10; rest > 0; rest /= 10) {
            digits++;
        }
        if (v < 0) {
            sb.append('-');
            digits++;
        }
        for (int n = digits; n < width; n++) {
            sb.append('0');
        }
        return sb.append(abs);
    }

    /**
     * Python's {@code str.splitlines()}.
     *
     * @param s the string
     * @return its lines, without their line breaks ({@code \r\n} is one break)
     */
    public static List<String> splitLines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\n' && c <= '\r' || c >= '\u001c' && c <= '\u001e' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    /**
     * Python's {@code float(text)} for the common forms: decimal and exponent notation with underscores between
     * digits, {@code inf}, {@code infinity} and {@code nan} in any case, each with an optional sign.
     *
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException with Python's {@code ValueError} text where Python raises it
     */
    public static double parseFloat(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (t.isEmpty() || !t.matches("[+-]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("could not convert string to float: " + PyRepr.str(text));
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    private static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return x - y;
                }
                // a difference after an equal high surrogate: compare the whole code points that start there
                int at = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
                return Integer.compare(a.codePointAt(at), b.codePointAt(at));
            }
        }
        return a.length() - b.length();
    }

    /**
     * Python's {@code fnmatch.fnmatchcase(name, pattern)}: {@code *} any run, {@code ?} any one character,
     * {@code [set]} and {@code [!set]} with ranges, read as {@code fnmatch.translate} reads them (an unclosed
     * {@code [} is literal, a range whose start is above its end is dropped); no case folding.
     *
     * @param name the string to test
     * @param pattern the pattern
     * @return whether the whole name matches
     */
    public static boolean fnmatch(String name, String pattern) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0 && pattern.indexOf('[') < 0) {
            return name.equals(pattern); // most keys of a registry are plain names: no code point arrays for them
        }
        int[] s = name.codePoints().toArray();
        int[] p = pattern.codePoints().toArray();
        int si = 0;
        int pi = 0;
        int starP = -1; // after the last '*' seen, and where in s it started matching
        int starS = 0;
        while (si < s.length) {
            if (pi < p.length && p[pi] == '*') {
                starP = ++pi;
                starS = si;
                continue;
            }
            int next = pi < p.length ? matchOne(p, pi, s[si]) : -1;
            if (next >= 0) {
                pi = next;
                si++;
            } else if (starP >= 0) {
                pi = starP;
                si = ++starS;
            } else {
                return false;
            }
        }
        while (pi < p.length && p[pi] == '*') {
            pi++;
        }
        return pi == p.length;
    }

    /** Where the pattern goes on when its item at {@code pi} (not a star) matches {@code c}, else -1. */
    private static int matchOne(int[] p, int pi, int c) {
        if (p[pi] == '?') {
            return pi + 1;
        } else if (p[pi] != '[') {
            return p[pi] == c ? pi + 1 : -1;
        }
        int i = pi + 1;
        int j = i < p.length && p[i] == '!' ? i + 1 : i;
        j = j < p.length && p[j] == ']' ? j + 1 : j;
        while (j < p.length && p[j] != ']') {
            j++;
        }
        if (j >= p.length) {
            return c == '[' ? pi + 1 : -1; // no closing bracket: a literal '['
        }
        boolean negate = p[i] == '!';
        return inSet(p, i, j, c) != negate ? j + 1 : -1;
    }

    /**
     * Whether {@code c} is in the set {@code p[from, to)} (its '!' included): translate's chunks between the hyphens
     * that make ranges, a range from each chunk's last character to the next one's first, empty ranges merged away.
     */
    private static boolean inSet(int[] p, int from, int to, int c) {
        List<int[]> chunks = new ArrayList<>();
        int i = from;
        for (int k = p[from] == '!' ? from + 2 : from + 1; k < to; k++) {
            if (p[k] == '-') {
                chunks.add(Arrays.copyOfRange(p, i, k));
                i = k + 1;
                k += 2;
            }
        }
        if (i < to || chunks.isEmpty()) {
            chunks.add(Arrays.copyOfRange(p, i, to));
        } else { // a hyphen at the end is literal
            int[] last = chunks.get(chunks.size() - 1);
            last = Arrays.copyOf(last, last.length + 1);
            last[last.length - 1] = '-';
            chunks.set(chunks.size() - 1, last);
        }
        for (int k = chunks.size() - 1; k > 0; k--) {
            int[] a = chunks.get(k - 1);
            int[] b = chunks.get(k);
            if (a[a.length - 1] > b[0]) {
                int[] merged = Arrays.copyOf(a, a.length - 1 + b.length - 1);
                System.arraycopy(b, 1, merged, a.length - 1, b.length - 1);
                chunks.set(k - 1, merged);
                chunks.remove(k);
            }
        }
        for (int k = 0; k < chunks.size(); k++) {
            int[] a = chunks.get(k);
            for (int m = k == 0 && p[from] == '!' ? 1 : 0; m < a.length; m++) {
                boolean rangeEnd = k + 1 < chunks.size() && m == a.length - 1;
                if (rangeEnd ? c >= a[m] && c <= chunks.get(k + 1)[0] : c == a[m]) {
                    return true;
                }
            }
        }
        return false;
    }
}
