// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__id3util.py::BitPaddedIntTest
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BitPaddedIntTest {

    private static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void testNegative() {
        assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.decode(-1, 7));
    }

    @Test
    void testZero() {
        assertEquals(0, BitPaddedInt.decode(b(0, 0, 0, 0)));
    }

    @Test
    void test1() {
        assertEquals(1, BitPaddedInt.decode(b(0, 0, 0, 1)));
    }

    @Test
    void test1l() {
        assertEquals(1, BitPaddedInt.decode(b(1, 0, 0, 0), 7, false));
    }

    @Test
    void test129() {
        assertEquals(0x81, BitPaddedInt.decode(b(0, 0, 1, 1)));
    }

    @Test
    void test129b() {
        assertEquals(0x81, BitPaddedInt.decode(b(0, 0, 1, 0x81)));
    }

    @Test
    void test65() {
        assertEquals(0x41, BitPaddedInt.decode(b(0, 0, 1, 0x81), 6, true));
    }

    @Test
    void test32b() {
        assertEquals(0xFFFFFFFFL, BitPaddedInt.decode(b(0xFF, 0xFF, 0xFF, 0xFF), 8, true));
    }

    @Test
    void test32bi() {
        assertEquals(0xFFFFFFFFL, BitPaddedInt.decode(0xFFFFFFFFL, 8));
    }

    @Test
    void testS32b() {
        long v = BitPaddedInt.decode(b(0xFF, 0xFF, 0xFF, 0xFF), 8, true);
        assertArrayEquals(b(0xFF, 0xFF, 0xFF, 0xFF), BitPaddedInt.encode(v, 8, true, 4, 4));
    }

    @Test
    void testS0() {
        assertArrayEquals(b(0, 0, 0, 0), BitPaddedInt.encodeSyncsafe(0));
    }

    @Test
    void testS1() {
        assertArrayEquals(b(0, 0, 0, 1), BitPaddedInt.encodeSyncsafe(1));
    }

    @Test
    void testS1l() {
        assertArrayEquals(b(1, 0, 0, 0), BitPaddedInt.encode(1, 7, false, 4, 4));
    }

    @Test
    void testS129() {
        assertArrayEquals(b(0, 0, 1, 1), BitPaddedInt.encodeSyncsafe(129));
    }

    @Test
    void testS65() {
        assertArrayEquals(b(0, 0, 1, 1), BitPaddedInt.encode(0x41, 6, true, 4, 4));
    }

    @Test
    void testW129() {
        assertArrayEquals(b(1, 1), BitPaddedInt.encode(129, 7, true, 2, 4));
    }

    @Test
    void testW129l() {
        assertArrayEquals(b(1, 1), BitPaddedInt.encode(129, 7, false, 2, 4));
    }

    @Test
    void testWsmall() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BitPaddedInt.encode(129, 7, true, 1, 4));
        assertEquals("Value too wide (>1 bytes)", e.getMessage());
    }

    @Test
    void testStrIntInit() {
        // BitPaddedInt(238).as_str() == BitPaddedInt(struct.pack('>L', 238)).as_str()
        assertArrayEquals(BitPaddedInt.encodeSyncsafe(BitPaddedInt.decode(238, 7)),
                BitPaddedInt.encodeSyncsafe(BitPaddedInt.decode(b(0, 0, 0, 238))));
        assertEquals(110, BitPaddedInt.decode(238, 7));
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
        assertTrue(BitPaddedInt.hasValidPadding(b(0xFF, 0xFF), 8));
        assertFalse(BitPaddedInt.hasValidPadding(b(0xFF), 7));
        assertFalse(BitPaddedInt.hasValidPadding(b(0x00, 0xFF), 7));
        assertTrue(BitPaddedInt.hasValidPadding(b(0x7F, 0x7F), 7));
        assertFalse(BitPaddedInt.hasValidPadding(b(0x7F), 6));
        assertFalse(BitPaddedInt.hasValidPadding(b(0x9F), 6));
        assertTrue(BitPaddedInt.hasValidPadding(b(0x3F), 6));

        assertTrue(BitPaddedInt.hasValidPadding(0xFFL, 8));
        assertFalse(BitPaddedInt.hasValidPadding(0xFFL, 7));
        assertFalse(BitPaddedInt.hasValidPadding(0xFFL << 8, 7));
        assertTrue(BitPaddedInt.hasValidPadding(0x7FL << 8, 7));
        assertFalse(BitPaddedInt.hasValidPadding(0x9FL << 32, 6));
        assertTrue(BitPaddedInt.hasValidPadding(0x3FL << 16, 6));
    }

    @Test
    void testTooWideAndBig() {
        byte[] nine = b(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF);
        assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.decode(nine, 8, true));
        assertEquals(BigInteger.ONE.shiftLeft(72).subtract(BigInteger.ONE), BitPaddedInt.decodeBig(nine, 8, true));
        assertEquals(BigInteger.valueOf(0x81), BitPaddedInt.decodeBig(b(0, 0, 1, 1), 7, true));
        assertEquals(BigInteger.valueOf(0x81), BitPaddedInt.decodeBig(b(1, 1, 0, 0), 7, false));
        // The largest value that fits 63 bits still decodes.
        assertEquals(Long.MAX_VALUE, BitPaddedInt.decode(b(0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), 8, true));
    }

    @Test
    void testBadBitCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.encode(1, 0, true, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.decode(b(1), 9, true));
        assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.hasValidPadding(1L, 0));
        assertThrows(IllegalArgumentException.class, () -> BitPaddedInt.encode(1, 7, true, -2, 4));
    }
}
