// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static mutagen.id3.T.b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mutagen.util.BitPaddedInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// Port of tests/test__id3util.py (BitPaddedInt now lives in mutagen.util)
class ID3UtilTest {

    @Nested
    // Port of tests/test__id3util.py::BitPaddedIntTest
    class BitPaddedIntTest {
        @Test
        void testNegative() {
            assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.decode(-1, 7));
        }

        @Test
        void testZero() {
            assertEquals(0, BitPaddedInt.decode(b("\0\0\0\0")));
        }

        @Test
        void test1() {
            assertEquals(1, BitPaddedInt.decode(b("\0\0\0\1")));
        }

        @Test
        void test1l() {
            assertEquals(1, BitPaddedInt.decode(b("\1\0\0\0"), 7, false));
        }

        @Test
        void test129() {
            assertEquals(0x81, BitPaddedInt.decode(b("\0\0\1\1")));
        }

        @Test
        void test129b() {
            assertEquals(0x81, BitPaddedInt.decode(b("\0\0\1\u0081")));
        }

        @Test
        void test65() {
            assertEquals(0x41, BitPaddedInt.decode(b("\0\0\1\u0081"), 6, true));
        }

        @Test
        void test32b() {
            assertEquals(0xFFFFFFFFL, BitPaddedInt.decode(b("\u00ff\u00ff\u00ff\u00ff"), 8, true));
        }

        @Test
        void test32bi() {
            assertEquals(0xFFFFFFFFL, BitPaddedInt.decode(0xFFFFFFFFL, 8));
        }

        @Test
        void testS32b() {
            long v = BitPaddedInt.decode(b("\u00ff\u00ff\u00ff\u00ff"), 8, true);
            assertArrayEquals(b("\u00ff\u00ff\u00ff\u00ff"), BitPaddedInt.encode(v, 8, true, 4, 4));
        }

        @Test
        void testS0() {
            assertArrayEquals(b("\0\0\0\0"), BitPaddedInt.encodeSyncsafe(0));
        }

        @Test
        void testS1() {
            assertArrayEquals(b("\0\0\0\1"), BitPaddedInt.encodeSyncsafe(1));
        }

        @Test
        void testS1l() {
            assertArrayEquals(b("\1\0\0\0"), BitPaddedInt.encode(1, 7, false, 4, 4));
        }

        @Test
        void testS129() {
            assertArrayEquals(b("\0\0\1\1"), BitPaddedInt.encodeSyncsafe(129));
        }

        @Test
        void testS65() {
            assertArrayEquals(b("\0\0\1\1"), BitPaddedInt.encode(0x41, 6, true, 4, 4));
        }

        @Test
        void testW129() {
            assertArrayEquals(b("\1\1"), BitPaddedInt.encode(129, 7, true, 2, 4));
        }

        @Test
        void testW129l() {
            assertArrayEquals(b("\1\1"), BitPaddedInt.encode(129, 7, false, 2, 4));
        }

        @Test
        void testWsmall() {
            assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.encode(129, 7, true, 1, 4));
        }

        @Test
        void testStrIntInit() {
            assertArrayEquals(BitPaddedInt.encodeSyncsafe(BitPaddedInt.decode(238, 7)),
                    BitPaddedInt.encodeSyncsafe(BitPaddedInt.decode(new byte[] {0, 0, 0, (byte) 238})));
        }

        @Test
        void testVarwidth() {
            assertEquals(4, BitPaddedInt.encodeSyncsafe(100).length);
            assertEquals(4, BitPaddedInt.encode(100, 7, true, -1, 4).length);
            assertEquals(5, BitPaddedInt.encode(1L << 32, 7, true, -1, 4).length);
        }

        @Test
        void testMinwidth() {
            assertEquals(6, BitPaddedInt.encode(100, 7, true, -1, 6).length);
        }

        @Test
        void testHasValidPadding() {
            assertTrue(BitPaddedInt.hasValidPadding(b("\u00ff\u00ff"), 8));
            assertFalse(BitPaddedInt.hasValidPadding(b("\u00ff"), 7));
            assertFalse(BitPaddedInt.hasValidPadding(b("\0\u00ff"), 7));
            assertTrue(BitPaddedInt.hasValidPadding(b("\u007f\u007f"), 7));
            assertFalse(BitPaddedInt.hasValidPadding(b("\u007f"), 6));
            assertFalse(BitPaddedInt.hasValidPadding(b("\u009f"), 6));
            assertTrue(BitPaddedInt.hasValidPadding(b("\u003f"), 6));
            assertTrue(BitPaddedInt.hasValidPadding(0xffL, 8));
            assertFalse(BitPaddedInt.hasValidPadding(0xffL, 7));
            assertFalse(BitPaddedInt.hasValidPadding(0xffL << 8, 7));
            assertTrue(BitPaddedInt.hasValidPadding(0x7fL << 8, 7));
            assertFalse(BitPaddedInt.hasValidPadding(0x9fL << 32, 6));
            assertTrue(BitPaddedInt.hasValidPadding(0x3fL << 16, 6));
        }
    }

    @Nested
    // Port of tests/test__id3util.py::TestUnsynch
    class TestUnsynch {
        @Test
        void testUnsyncEncodeDecode() {
            String[][] pairs = {
                {"", ""}, {"\0", "\0"}, {"\u0044", "\u0044"}, {"\u0044\u00ff", "\u0044\u00ff\0"},
                {"\u00e0", "\u00e0"}, {"\u00e0\u00e0", "\u00e0\u00e0"}, {"\u00e0\u00ff", "\u00e0\u00ff\0"},
                {"\u00ff", "\u00ff\0"}, {"\u00ff\0", "\u00ff\0\0"}, {"\u00ff\0\0", "\u00ff\0\0\0"},
                {"\u00ff\1", "\u00ff\1"}, {"\u00ff\u0044", "\u00ff\u0044"}, {"\u00ff\u00e0", "\u00ff\0\u00e0"},
                {"\u00ff\u00e0\u00ff", "\u00ff\0\u00e0\u00ff\0"}, {"\u00ff\u00f0\u000f\0", "\u00ff\0\u00f0\u000f\0"},
                {"\u00ff\u00ff", "\u00ff\0\u00ff\0"}, {"\u00ff\u00ff\1", "\u00ff\0\u00ff\1"},
                {"\u00ff\u00ff\u00ff\u00ff", "\u00ff\0\u00ff\0\u00ff\0\u00ff\0"},
            };
            for (String[] p : pairs) {
                byte[] d = b(p[0]);
                byte[] e = b(p[1]);
                assertArrayEquals(e, Unsynch.encode(d));
                assertArrayEquals(d, Unsynch.decode(e));
                assertArrayEquals(e, Unsynch.decode(Unsynch.encode(e)));
                assertArrayEquals(T.cat(d, d), Unsynch.decode(T.cat(e, e)));
            }
        }

        @Test
        void testUnsyncDecodeInvalid() {
            assertThrows(IllegalArgumentException.class, () -> Unsynch.decode(b("\u00ff\u00ff\u00ff\u00ff")));
            assertThrows(IllegalArgumentException.class, () -> Unsynch.decode(b("\u00ff\u00f0\u000f\0")));
            assertThrows(IllegalArgumentException.class, () -> Unsynch.decode(b("\u00ff\u00e0")));
            assertThrows(IllegalArgumentException.class, () -> Unsynch.decode(b("\u00ff")));
        }
    }
}
