// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::Tto_int_be (flac's to_int_be is the shared Bytes.uintBE in mutagen-java).
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mutagen.util.Bytes;
import org.junit.jupiter.api.Test;

class ToIntBeTest {

    private static long toIntBe(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Bytes.uintBE(b, 0, b.length);
    }

    @Test
    void testEmpty() {
        assertEquals(0, toIntBe());
    }

    @Test
    void test0() {
        assertEquals(0, toIntBe(0));
    }

    @Test
    void test1() {
        assertEquals(1, toIntBe(1));
    }

    @Test
    void test256() {
        assertEquals(256, toIntBe(1, 0));
    }

    @Test
    void testLong() {
        assertEquals(1L << 32, toIntBe(1, 0, 0, 0, 0));
    }
}
