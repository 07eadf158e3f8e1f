// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import java.util.regex.Pattern;

/** Python's {@code fnmatch.fnmatchcase} (through its {@code translate} rules) and its string order. */
final class Glob {
    private Glob() {
    }

    static boolean matches(String name, String pattern) {
        return Pattern.compile(translate(pattern), Pattern.DOTALL).matcher(name).matches();
    }

    /** {@code fnmatch.translate}: {@code *}, {@code ?}, {@code [set]}, {@code [!set]}; a lone {@code [} is literal. */
    static String translate(String pat) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pat.length();
        while (i < n) {
            char c = pat.charAt(i++);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && pat.charAt(j) == '!') {
                    j++;
                }
                if (j < n && pat.charAt(j) == ']') {
                    j++;
                }
                while (j < n && pat.charAt(j) != ']') {
                    j++;
                }
                if (j >= n) {
                    re.append("\\[");
                } else {
                    String set = pat.substring(i, j);
                    i = j + 1;
                    boolean negate = set.startsWith("!");
                    StringBuilder cls = new StringBuilder(negate ? "[^" : "[");
                    for (char s : (negate ? set.substring(1) : set).toCharArray()) {
                        cls.append(s == '-' ? "-" : s == '\\' || s == '[' || s == ']' || s == '^' || s == '&'
                                ? "\\" + s : String.valueOf(s));
                    }
                    re.append(cls).append(']');
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /** Python's string comparison: by code points. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
