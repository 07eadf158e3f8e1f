// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
