// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void testUintBEReadsAnyWidthUpToEightBytes() {
        byte[] b = {0x00, 0x01, 0x02, (byte) 0xFF, (byte) 0x80, 0, 0, 0, 0, 0x7F};
        assertEquals(0, Bytes.uintBE(b, 0, 0));
        assertEquals(0x01, Bytes.uintBE(b, 1, 1));
        assertEquals(0x0102FFL, Bytes.uintBE(b, 1, 3));
        assertEquals(Bytes.u32be(b, 1), Bytes.uintBE(b, 1, 4));
        assertEquals(0x02FF80000000007FL, Bytes.uintBE(b, 2, 8));
        // Eight bytes with the top bit set wrap to a negative long (callers that need more use BigInteger).
        assertEquals(-1L, Bytes.uintBE(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1}, 0, 8));
    }

    @Test
    void testIndexOfAgreesWithAPlainSearchOnRandomInputs() {
        // The word-at-a-time search against the obvious one: small alphabets make partial matches and words with
        // several candidate bytes (and the zero-byte test's false positives above a real hit) common.
        Random random = new Random(7);
        for (int round = 0; round < 200_000; round++) {
            int alphabet = 1 + random.nextInt(round % 3 == 0 ? 256 : 4);
            byte[] data = randomBytes(random, random.nextInt(70), alphabet);
            byte[] needle = randomBytes(random, random.nextInt(5), alphabet);
            int from = random.nextInt(data.length + 3) - 1;
            int to = random.nextInt(data.length + 3);
            assertEquals(plainIndexOf(data, needle, from, to), Bytes.indexOf(data, needle, from, to),
                    () -> java.util.Arrays.toString(data) + " " + java.util.Arrays.toString(needle) + " " + from);
        }
        byte[] tail = new byte[160];
        System.arraycopy(Bytes.ascii("APETAGEX"), 0, tail, 152, 8);
        assertEquals(152, Bytes.indexOf(tail, Bytes.ascii("APETAGEX"), 0));
        assertEquals(-1, Bytes.indexOf(tail, Bytes.ascii("APETAGEX"), 153));
        assertEquals(-1, Bytes.indexOf(tail, Bytes.ascii("APETAGEX"), 0, 159));
    }

    private static byte[] randomBytes(Random random, int n, int alphabet) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            // Byte values around 0x00/0x80/0xFF stress the borrow and sign handling of the word test.
            b[i] = (byte) (0x7E + random.nextInt(alphabet));
        }
        return b;
    }

    private static int plainIndexOf(byte[] data, byte[] needle, int from, int to) {
        int last = Math.min(to, data.length) - needle.length;
        for (int i = Math.max(from, 0); i <= last; i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = data[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
