// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Port of tests/test__util.py::Tenum on BitrateMode, a mutagen {@code @enum} class: value, {@code str} and
 * {@code repr}. (An unknown value such as {@code Foo(42)} has no Java enum constant.)
 */
class BitrateModeEnumTest {

    @Test
    void testEnum() {
        assertEquals(1, BitrateMode.CBR.value());
        assertEquals("<BitrateMode.CBR: 1>", BitrateMode.CBR.pythonRepr());
        assertEquals("<BitrateMode.ABR: 3>", BitrateMode.ABR.pythonRepr());
        assertEquals("BitrateMode.CBR", BitrateMode.CBR.pythonStr());
        assertEquals("BitrateMode.UNKNOWN", BitrateMode.UNKNOWN.pythonStr());
        for (BitrateMode m : BitrateMode.values()) {
            assertSame(m, BitrateMode.values()[m.value()], "values follow mutagen's integers");
        }
    }
}
