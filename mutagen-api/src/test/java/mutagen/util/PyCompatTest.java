// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Python behaviours of {@link PyCompat}. The expected values were printed by Python 3.11
 * ({@code fnmatch.fnmatchcase(n, p)}, {@code sorted(...)}, {@code int(s)}, {@code float(s)}, {@code s.splitlines()}).
 */
class PyCompatTest {
    @Test
    void fnmatchReadsSetsAsTranslateDoes() {
        // {name, pattern, Python's answer}
        String[][] cases = {
                {"replaygain_track_gain", "replaygain_*_gain", "true"}, {"a", "[z-a]", "false"},
                {"a", "[!z-a]", "true"}, {"-", "[a-c-e]", "true"}, {"d", "[a-c-e]", "false"},
                {"!", "[!]]", "true"}, {"]", "[!]]", "false"}, {"-", "[a-]", "true"}, {"[x", "[x", "true"},
                {"\ud83d\ude00", "?", "true"}, {"\ud83d\ude00", "??", "false"}, {"ab", "*[!a]", "true"},
                {"aa", "*[!a]", "false"}, {"Ab", "a*", "false"}};
        for (String[] c : cases) {
            assertEquals(Boolean.parseBoolean(c[2]), PyCompat.fnmatch(c[0], c[1]), c[0] + " ~ " + c[1]);
        }
    }

    @Test
    void codePointOrder() {
        // sorted(['\ue000', '\U00010000', 'a', '\ud800']) and a lone high surrogate before its pair
        List<String> values = new ArrayList<>(List.of("\ud800\udc00", "\ue000", "\ud800", "a"));
        values.sort(PyCompat.CODEPOINT_ORDER);
        assertEquals(List.of("a", "\ud800", "\ue000", "\ud800\udc00"), values);
        List<String> pair = new ArrayList<>(List.of("\ud83d\ude00x", "\ud83dx"));
        pair.sort(PyCompat.CODEPOINT_ORDER);
        assertEquals(List.of("\ud83dx", "\ud83d\ude00x"), pair);
    }

    @Test
    void numbers() {
        assertEquals(-1000L, PyCompat.parseInt(" -1_000\u2003"));
        assertEquals(12L, PyCompat.parseInt("\u0661\u0662"));
        assertNull(PyCompat.parseInt("1__0"));
        assertNull(PyCompat.parseInt("_1"));
        assertNull(PyCompat.parseInt("-"));
        assertNull(PyCompat.parseInt("99999999999999999999"));
        assertEquals(105.0, PyCompat.parseFloat(" 1_0.5e1 "));
        assertEquals(Double.NEGATIVE_INFINITY, PyCompat.parseFloat("-Infinity"));
        assertThrows(IllegalArgumentException.class, () -> PyCompat.parseFloat("1e"));
        assertEquals("-007", PyCompat.zeroPad(-7, 4));
    }

    @Test
    void aRangeParsesAsItsSubstringAndAppendedPaddingAsZeroPad() {
        // Every range of texts with signs, spaces, underscores, other scripts' digits and overflowing numbers: as
        // int() of the substring; the padding, appended or as a string, as C's %0Nd (Java's %0Nd is the same).
        String[] texts = {" -1_000\u2003", "+12", "2004-12-31 23:59:58", "\u0661\u0662_3", "1__0", "_1", "-", "+",
            "9223372036854775807", "9223372036854775808", "-9223372036854775807", "  ", "", "1 2", "0042", "1_"};
        for (String t : texts) {
            for (int from = 0; from <= t.length(); from++) {
                for (int to = from; to <= t.length(); to++) {
                    assertEquals(PyCompat.parseInt(t.substring(from, to)), PyCompat.parseInt(t, from, to),
                            t + "[" + from + ":" + to + "]");
                }
            }
        }
        long[] values = {0, 7, -7, 42, -42, 999, 1000, -1000, 2004, Long.MAX_VALUE, Long.MIN_VALUE + 1};
        for (long v : values) {
            for (int width = 0; width <= 24; width++) {
                String c = width == 0 ? Long.toString(v) : String.format("%0" + width + "d", v);
                assertEquals(c, PyCompat.zeroPad(v, width), v + " " + width);
                assertEquals(c, PyCompat.appendZeroPadded(new StringBuilder("x"), v, width).substring(1),
                        v + " " + width);
            }
        }
    }

    @Test
    void strings() {
        assertEquals("a b", PyCompat.strip("\u0085\u3000 a b\u001f\t"));
        assertEquals(List.of("a", "", "b", "c"), PyCompat.splitLines("a\r\n\u2028b\u001ec"));
        assertEquals(true, PyCompat.isDecimal("\u0661"));
        assertEquals(false, PyCompat.isDecimal("\u00b2"));
    }
}
