// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__util.py::Tdict_match (mutagen._util.dict_match is EasyMP4Tags.dictMatch over PyCompat.fnmatch here).
package mutagen.easymp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DictMatchTest {

    @Test
    void testMatch() {
        assertEquals(1, EasyMP4Tags.dictMatch(Map.of("*", 1), "a"));
        assertEquals(1, EasyMP4Tags.dictMatch(Map.of("*", 1), "*"));
        assertEquals(1, EasyMP4Tags.dictMatch(Map.of("*a", 1), "ba"));
        assertEquals(1, EasyMP4Tags.dictMatch(Map.of("?", 1), "b"));
        assertEquals(1, EasyMP4Tags.dictMatch(Map.of("[ab]", 1), "b"));
    }

    @Test
    void testNomatch() {
        assertNull(EasyMP4Tags.dictMatch(Map.of("*a", 1), "ab"));
        assertNull(EasyMP4Tags.dictMatch(Map.of("??", 1), "a"));
        assertNull(EasyMP4Tags.dictMatch(Map.of("[ab]", 1), "c"));
        // A key holding '[' is matched as a pattern only, never looked up as it is.
        assertNull(EasyMP4Tags.dictMatch(Map.of("[ab]", 1), "[ab]"));
    }
}
