// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__util.py::Tcdata (the integer cases), plus the bounds rules of mutagen.util.ByteReader.
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import mutagen.MutagenError;
import org.junit.jupiter.api.Test;

class ByteReaderTest {
    /** A format error of our own, to check that failures come from the caller's factory. */
    static final class TestFormatError extends MutagenError {
        private static final long serialVersionUID = 1L;

        TestFormatError(String message) {
            super(message);
        }
    }

    private static ByteReader reader(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new ByteReader(data, TestFormatError::new);
    }

    @Test
    void testUnsignedAndSignedIntegers() throws MutagenError {
        ByteReader r = reader(0xFF, 0xFE, 0x80, 0x01, 0x02, 0x03);
        assertEquals(0xFF, r.u8());
        assertEquals(-2, r.s8());
        assertEquals(0x8001, r.u16be());
        assertEquals(0x0302, r.u16le());
        assertFalse(r.hasRemaining());

        assertEquals(-32767, reader(0x80, 0x01).s16be());
        assertEquals(-32767, reader(0x01, 0x80).s16le());
        assertEquals(0x123456, reader(0x12, 0x34, 0x56).u24be());
        assertEquals(0x563412, reader(0x12, 0x34, 0x56).u24le());
        assertEquals(0xFFFFFFFEL, reader(0xFF, 0xFF, 0xFF, 0xFE).u32be());
        assertEquals(0xFEFFFFFFL, reader(0xFF, 0xFF, 0xFF, 0xFE).u32le());
        assertEquals(-2, reader(0xFF, 0xFF, 0xFF, 0xFE).s32be());
        assertEquals(-2, reader(0xFE, 0xFF, 0xFF, 0xFF).s32le());
        assertEquals(0x0102030405060708L, reader(1, 2, 3, 4, 5, 6, 7, 8).u64be());
        assertEquals(0x0807060504030201L, reader(1, 2, 3, 4, 5, 6, 7, 8).u64le());
        assertEquals(-1L, reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF).u64be());
        assertEquals(0x8000000000000001L, reader(1, 0, 0, 0, 0, 0, 0, 0x80).u64le());
    }

    // Port of Tcdata.test_uint / test_ulonglong: the boundary values.
    @Test
    void testBoundaryValues() throws MutagenError {
        assertEquals(0, reader(0, 0, 0, 0).u32be());
        assertEquals(0xFFFFFFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF).u32le());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0, 0, 0).s32be());
        assertEquals(Short.MIN_VALUE, reader(0, 0x80).s16le());
        assertEquals(0xFFFF, reader(0xFF, 0xFF).u16le());
        assertEquals(0xFFFFFF, reader(0xFF, 0xFF, 0xFF).u24be());
    }

    @Test
    void testSyncsafe() throws MutagenError {
        assertEquals(0x0FFFFFFF, reader(0x7F, 0x7F, 0x7F, 0x7F).syncsafe32());
        assertEquals(0x81, reader(0, 0, 1, 1).syncsafe32());
        // The high bit of each byte is ignored, as BitPaddedInt does.
        assertEquals(0x81, reader(0, 0, 0x81, 0x81).syncsafe32());
    }

    // Port of Tcdata.test_invalid_lengths: too few bytes is an error for every width.
    @Test
    void testInvalidLengths() {
        assertThrows(TestFormatError.class, () -> reader().u8());
        assertThrows(TestFormatError.class, () -> reader().s8());
        assertThrows(TestFormatError.class, () -> reader(1).u16be());
        assertThrows(TestFormatError.class, () -> reader(1).u16le());
        assertThrows(TestFormatError.class, () -> reader(1).s16be());
        assertThrows(TestFormatError.class, () -> reader(1).s16le());
        assertThrows(TestFormatError.class, () -> reader(1, 2).u24be());
        assertThrows(TestFormatError.class, () -> reader(1, 2).u24le());
        assertThrows(TestFormatError.class, () -> reader(1, 2, 3).u32be());
        assertThrows(TestFormatError.class, () -> reader(1, 2, 3).u32le());
        assertThrows(TestFormatError.class, () -> reader(1, 2, 3).s32be());
        assertThrows(TestFormatError.class, () -> reader(1, 2, 3).s32le());
        assertThrows(TestFormatError.class, () -> reader(1, 2, 3, 4, 5, 6, 7).u64be());
        assertThrows(TestFormatError.class, () -> reader(1, 2, 3, 4, 5, 6, 7).u64le());
        assertThrows(TestFormatError.class, () -> reader(1, 2, 3).syncsafe32());
        assertThrows(TestFormatError.class, () -> reader(1, 2).bytes(3));
        assertThrows(TestFormatError.class, () -> reader(1, 2).slice(3));
        assertThrows(TestFormatError.class, () -> reader(1, 2).latin1(3));
        assertThrows(TestFormatError.class, () -> reader(1, 2).skip(3));
        assertThrows(TestFormatError.class, () -> reader(1, 2).bytes(-1));
        assertThrows(TestFormatError.class, () -> reader(1, 2).skip(-1));
        assertThrows(TestFormatError.class, () -> reader(1, 2).latin1(-1));
    }

    @Test
    void testFailureLeavesPositionAlone() throws MutagenError {
        ByteReader r = reader(1, 2, 3);
        r.u8();
        assertThrows(TestFormatError.class, r::u32be);
        assertEquals(1, r.position());
        assertEquals(0x0203, r.u16be());
    }

    @Test
    void testHugeLengthFieldIsRejectedBeforeAllocating() throws MutagenError {
        // A 10-byte input whose first four bytes claim 2^31-1 bytes follow.
        ByteReader r = reader(0x7F, 0xFF, 0xFF, 0xFF, 1, 2, 3, 4, 5, 6);
        long claimed = r.u32be();
        assertEquals(Integer.MAX_VALUE, claimed);
        long before = usedHeap();
        TestFormatError e = assertThrows(TestFormatError.class, () -> r.bytes(claimed));
        assertTrue(e.getMessage().contains("needed 2147483647 bytes at offset 4, 6 left"), e.getMessage());
        assertThrows(TestFormatError.class, () -> r.slice(claimed));
        assertThrows(TestFormatError.class, () -> r.latin1(Integer.MAX_VALUE));
        assertThrows(TestFormatError.class, () -> r.bytes(Long.MAX_VALUE));
        assertThrows(TestFormatError.class, () -> r.require(1L << 40));
        // Nothing close to 2 GiB was allocated (an attempt would have thrown OutOfMemoryError or shown here).
        assertTrue(usedHeap() - before < 64L << 20, "heap grew while rejecting a length");
        assertEquals(6, r.remaining());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void testBytesSliceRestLatin1() throws MutagenError {
        ByteReader r = reader('a', 'b', 0xE4, 1, 2, 3, 4, 5);
        assertEquals("ab\u00e4", r.latin1(3));
        ByteReader s = r.slice(3);
        assertEquals(3, s.length());
        assertEquals(3, s.fileOffset());
        assertEquals(1, s.u8());
        assertEquals(4, s.fileOffset());
        assertThrows(TestFormatError.class, () -> s.bytes(3));
        assertArrayEquals(new byte[] {2, 3}, s.rest());
        assertFalse(s.hasRemaining());
        assertArrayEquals(new byte[0], s.rest());
        assertArrayEquals(new byte[] {4}, r.bytes(1));
        assertArrayEquals(new byte[0], r.bytes(0));
        assertArrayEquals(new byte[] {5}, r.rest());
    }

    @Test
    void testPositionPeekSkipStartsWith() throws MutagenError {
        ByteReader r = new ByteReader(new byte[] {9, 9, 'f', 'L', 'a', 'C', 7, 9}, 2, 7, 100, TestFormatError::new);
        assertEquals(5, r.length());
        assertEquals(0, r.position());
        assertEquals(100, r.fileOffset());
        assertTrue(r.startsWith(Bytes.ascii("fLaC")));
        assertFalse(r.startsWith(Bytes.ascii("fLaCX")));
        assertEquals('L', r.peek(1));
        assertEquals(7, r.peek(4));
        assertThrows(TestFormatError.class, () -> r.peek(5));
        assertThrows(TestFormatError.class, () -> r.peek(-1));
        r.skip(4);
        assertEquals(4, r.position());
        assertEquals(1, r.remaining());
        assertFalse(r.startsWith(new byte[] {7, 9}));
        r.position(0);
        assertEquals('f', r.u8());
        r.position(5);
        assertFalse(r.hasRemaining());
        assertThrows(TestFormatError.class, () -> r.position(6));
        assertThrows(TestFormatError.class, () -> r.position(-1));
        assertThrows(TestFormatError.class, r::u8);
    }

    @Test
    void testBadRangeIsAProgrammingError() {
        byte[] data = new byte[4];
        assertThrows(IllegalArgumentException.class, () -> new ByteReader(data, -1, 2, 0, ErrorFactory.GENERIC));
        assertThrows(IllegalArgumentException.class, () -> new ByteReader(data, 3, 2, 0, ErrorFactory.GENERIC));
        assertThrows(IllegalArgumentException.class, () -> new ByteReader(data, 0, 5, 0, ErrorFactory.GENERIC));
    }

    @Test
    void testOfByteBuffer() throws MutagenError {
        ByteBuffer heap = ByteBuffer.wrap(new byte[] {0, 1, 2, 3, 4});
        heap.position(1);
        ByteReader r = ByteReader.of(heap, 10, ErrorFactory.GENERIC);
        assertEquals(4, r.remaining());
        assertEquals(0x010203, r.u24be());
        assertEquals(1, heap.position());

        ByteBuffer direct = ByteBuffer.allocateDirect(3).put(new byte[] {5, 6, 7});
        direct.flip();
        ByteReader d = ByteReader.of(direct, 0, ErrorFactory.GENERIC);
        assertEquals(0x0506, d.u16be());
        assertEquals(0, direct.position());

        ByteReader ro = ByteReader.of(ByteBuffer.wrap(new byte[] {8, 9}).asReadOnlyBuffer(), 0, ErrorFactory.GENERIC);
        assertEquals(0x0908, ro.u16le());
    }

    @Test
    void testErrorsFactoryIsExposed() {
        ByteReader r = reader(1);
        assertTrue(r.errors().create("x") instanceof TestFormatError);
        assertEquals("x", ErrorFactory.GENERIC.create("x").getMessage());
    }
}
