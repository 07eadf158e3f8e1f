// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__util.py::TBitReader
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mutagen.MutagenError;
import org.junit.jupiter.api.Test;

class BitReaderTest {

    private static BitReader reader(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new BitReader(new ByteReader(data, ByteReaderTest.TestFormatError::new));
    }

    @Test
    void testBits() throws MutagenError {
        long ref = 0x1234567889ABCDEFL;
        for (int i = 0; i < 64; i++) {
            BitReader r = reader(0x12, 0x34, 0x56, 0x78, 0x89, 0xAB, 0xCD, 0xEF);
            long high = r.bits(i);
            long low = r.bits(64 - i);
            long v = (i == 0 ? 0 : high << (64 - i)) | low;
            assertEquals(ref, v, "split at " + i);
        }
    }

    @Test
    void testBitsNull() throws MutagenError {
        assertEquals(0, reader().bits(0));
    }

    @Test
    void testBitsError() {
        assertThrows(IllegalArgumentException.class, () -> reader().bits(-1));
    }

    @Test
    void testBytesError() {
        assertThrows(IllegalArgumentException.class, () -> reader().bytes(-1));
    }

    @Test
    void testSkipError() {
        assertThrows(IllegalArgumentException.class, () -> reader().skip(-1));
    }

    @Test
    void testReadTooMuch() throws MutagenError {
        BitReader r = reader();
        assertEquals(0, r.bits(0));
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.bits(1));
    }

    @Test
    void testSkip() throws MutagenError {
        BitReader r = reader(0xEF);
        r.skip(4);
        assertEquals(0xF, r.bits(4));
    }

    @Test
    void testSkipMore() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD);
        assertEquals(0xA, r.bits(4));
        r.skip(8);
        assertEquals(0xD, r.bits(4));
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.bits(1));
    }

    @Test
    void testSkipTooMuch() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD);
        // aligned skips don't fail, but the following read will
        r.skip(32 + 8);
        assertEquals(40, r.position());
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.bits(1));
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.skip(1));
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.bytes(1));
    }

    @Test
    void testBytes() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD, 0xEF);
        assertArrayEquals(new byte[] {(byte) 0xAB, (byte) 0xCD}, r.bytes(2));
        assertArrayEquals(new byte[0], r.bytes(0));
    }

    @Test
    void testBytesUnaligned() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD, 0xEF);
        r.skip(4);
        assertArrayEquals(new byte[] {(byte) 0xBC, (byte) 0xDE}, r.bytes(2));
    }

    @Test
    void testBytesTooManyIsCheckedBeforeAllocating() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD, 0xEF);
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.bytes(Integer.MAX_VALUE));
        r.skip(4);
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.bytes(Integer.MAX_VALUE));
        // Unaligned, two bytes need the rest of the input and one more: fails without consuming.
        assertThrows(ByteReaderTest.TestFormatError.class, () -> r.bytes(3));
        assertEquals(4, r.position());
    }

    @Test
    void testGetPosition() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD);
        assertEquals(0, r.position());
        r.bits(3);
        assertEquals(3, r.position());
        r.skip(9);
        assertEquals(3 + 9, r.position());
        r.align();
        assertEquals(16, r.position());
    }

    @Test
    void testAlign() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD, 0xEF);
        r.skip(3);
        assertEquals(5, r.align());
        assertEquals(8, r.position());
    }

    @Test
    void testIsAligned() throws MutagenError {
        BitReader r = reader(0xAB, 0xCD, 0xEF);
        assertTrue(r.isAligned());

        r.skip(1);
        assertFalse(r.isAligned());
        r.skip(7);
        assertTrue(r.isAligned());

        r.bits(7);
        assertFalse(r.isAligned());
        r.bits(1);
        assertTrue(r.isAligned());
    }

    @Test
    void testStartsAtTheByteReadersPosition() throws MutagenError {
        ByteReader in = new ByteReader(new byte[] {1, (byte) 0xF0}, ErrorFactory.GENERIC);
        in.u8();
        BitReader r = new BitReader(in);
        assertEquals(0, r.position());
        assertEquals(0xF, r.intBits(4));
        assertEquals(4, r.position());
        assertThrows(IllegalArgumentException.class, () -> r.intBits(32));
        assertThrows(IllegalArgumentException.class, () -> r.bits(65));
    }
}
