// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__vorbis.py::Tistag
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsTagTest {

    @Test
    void testEmpty() {
        assertFalse(VComment.isValidKey(""));
    }

    @Test
    void testTilde() {
        assertFalse(VComment.isValidKey("ti~tle"));
    }

    @Test
    void testEquals() {
        assertFalse(VComment.isValidKey("ti=tle"));
    }

    @Test
    void testLess() {
        assertFalse(VComment.isValidKey("ti\u0019tle"));
    }

    @Test
    void testGreater() {
        assertFalse(VComment.isValidKey("ti\u00a0tle"));
    }

    @Test
    void testSimple() {
        assertTrue(VComment.isValidKey("title"));
    }

    @Test
    void testSpace() {
        assertTrue(VComment.isValidKey("ti tle"));
    }

    @Test
    void testUgly() {
        assertTrue(VComment.isValidKey("!{}[]-_()*&"));
    }

    @Test
    void testUnicode() {
        assertTrue(VComment.isValidKey("ti tle"));
    }

    @Test
    void nullIsNotAKey() {
        assertFalse(VComment.isValidKey(null));
    }
}
