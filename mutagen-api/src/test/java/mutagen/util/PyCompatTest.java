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
    void strings() {
        assertEquals("a b", PyCompat.strip("\u0085\u3000 a b\u001f\t"));
        assertEquals(List.of("a", "", "b", "c"), PyCompat.splitLines("a\r\n\u2028b\u001ec"));
        assertEquals(true, PyCompat.isDecimal("\u0661"));
        assertEquals(false, PyCompat.isDecimal("\u00b2"));
    }
}
