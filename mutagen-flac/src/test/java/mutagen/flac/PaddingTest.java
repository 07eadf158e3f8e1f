// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TPadding
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaddingTest {
    private Padding b;

    @BeforeEach
    void setUp() {
        b = new Padding(new byte[100]);
    }

    @Test
    void testPadding() {
        assertArrayEquals(new byte[100], b.write());
    }

    @Test
    void testBlank() {
        assertEquals(0, new Padding().write().length);
    }

    @Test
    void testEmpty() {
        assertEquals(0, new Padding(new byte[0]).write().length);
    }

    @Test
    void testRepr() {
        assertEquals("<Padding (0 bytes)>", new Padding().toString());
        assertEquals("<Padding (100 bytes)>", b.toString());
    }

    @Test
    void testChange() {
        b.length(20);
        assertArrayEquals(new byte[20], b.write());
    }
}
