// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import mutagen.util.PyCompat;

/** Python's {@code fnmatch.fnmatchcase} and its string order, as {@link PyCompat} has them. */
final class Glob {
    private Glob() {
    }

    static boolean matches(String name, String pattern) {
        return PyCompat.fnmatch(name, pattern);
    }

    static int compareCodePoints(String a, String b) {
        return PyCompat.CODEPOINT_ORDER.compare(a, b);
    }
}
