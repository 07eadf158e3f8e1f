// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Port of tests/test__util.py::Tflags on CTOCFlags, a mutagen {@code @flags} class: {@code str} of known, combined,
 * unknown and zero values (the texts are mutagen 1.48.1's for CTOCFlags).
 */
class CTOCFlagsEnumTest {

    @Test
    void testEnum() {
        assertEquals(1, CTOCFlags.of(CTOCFlags.ORDERED).value());
        assertEquals("CTOCFlags.ORDERED", CTOCFlags.of(1).toString());
        assertEquals("CTOCFlags.TOP_LEVEL", CTOCFlags.of(2).toString());
        assertEquals("CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED", CTOCFlags.of(3).toString());
        assertEquals("CTOCFlags.TOP_LEVEL | 40", CTOCFlags.of(42).toString());
        assertEquals(42, CTOCFlags.of(42).value());
        assertEquals("0", CTOCFlags.of(0).toString());
        assertEquals("4", CTOCFlags.of(4).toString());
        assertTrue(CTOCFlags.of(3).has(CTOCFlags.TOP_LEVEL));
    }
}
