// SPDX-License-Identifier: GPL-2.0-or-later
// Not a port: the file side of mutagen.util.ByteReader (windows, refills, long offsets, sub-ranges, modes, errors).
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.ByteReaderTest.TestFormatError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteReaderFileTest {
    @TempDir
    Path tmp;

    /** A read-only channel of {@code size} bytes, byte i being {@code (byte) i}, that holds no memory. */
    static class PatternChannel extends DelegatingChannel {
        final long size;
        final List<long[]> reads = new ArrayList<>();
        private long pos;

        PatternChannel(long size) {
            super(null);
            this.size = size;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (pos >= size) {
                return -1;
            }
            int n = (int) Math.min(dst.remaining(), size - pos);
            for (int i = 0; i < n; i++) {
                dst.put((byte) (pos + i));
            }
            reads.add(new long[] {pos, n});
            pos += n;
            return n;
        }

        @Override
        public long position() {
            return pos;
        }

        @Override
        public SeekableByteChannel position(long p) {
            pos = p;
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Test
    void readsAFileThroughWindowsAndRefills() throws IOException {
        Path p = tmp.resolve("f.bin");
        Files.write(p, pattern(100_000));
        try (FileSource src = FileSource.open(p)) {
            ByteReader r = src.reader(TestFormatError::new);
            assertEquals(100_000, r.lengthLong());
            assertEquals(0x00010203L, r.u32be());
            // The head window (read at open) is read in place.
            assertSame(r.array(), r.array());
            r.seek(50_000);
            assertEquals((byte) 50_000, (byte) r.u8());
            assertEquals(50_001, r.fileOffset());
            // A read larger than the refill window goes to the channel directly.
            byte[] big = r.bytes(20_000);
            assertEquals((byte) 50_001, big[0]);
            assertEquals((byte) 70_000, big[19_999]);
            r.seek(99_998);
            assertEquals(((99_998 & 0xFF) << 8) | (99_999 & 0xFF), r.u16be());
            assertFalse(r.hasRemaining());
        }
    }

    @Test
    void integersOfEveryWidthBothEndians() throws MutagenError {
        ByteReader r = new ByteReader(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, TestFormatError::new);
        for (int n = 1; n <= 8; n++) {
            r.seek(0);
            long be = r.uintBE(n);
            r.seek(0);
            long le = r.uintLE(n);
            long wantBe = 0;
            long wantLe = 0;
            for (int i = 0; i < n; i++) {
                wantBe = (wantBe << 8) | (i + 1);
                wantLe |= (long) (i + 1) << (8 * i);
            }
            assertEquals(wantBe, be, "be " + n);
            assertEquals(wantLe, le, "le " + n);
        }
        assertThrows(IllegalArgumentException.class, () -> r.uintBE(9));
    }

    @Test
    void longOffsetsPastTwoGigabytesOnAFakeChannel() throws IOException {
        long size = (5L << 30) + 10;
        PatternChannel ch = new PatternChannel(size);
        try (FileSource src = FileSource.of(ch, "big.bin", false)) {
            ByteReader r = src.reader(TestFormatError::new);
            assertEquals(size, r.lengthLong());
            assertEquals(Integer.MAX_VALUE, r.length());
            TestFormatError e = assertThrows(TestFormatError.class, () -> r.bytes(0xFFFFFFFFL));
            assertEquals("cannot read 4294967295 bytes, too large", e.getMessage());
            long at = (4L << 30) + 3;
            r.seek(at);
            assertEquals(at, r.tell());
            assertEquals(at, r.fileOffset());
            assertEquals((byte) at, (byte) r.u8());
            r.skip(1L << 30);
            assertEquals(size - ((4L << 30) + 4 + (1L << 30)), r.remainingLong());
            // Nothing was read in between: one refill near 4 GiB, none for the skip.
            for (long[] read : ch.reads) {
                assertTrue(read[1] <= ByteReader.BUFFER, "read of " + read[1]);
            }
            ByteReader tail = src.reader(size - 4, 4, TestFormatError::new);
            assertEquals(((size - 4) & 0xFF), tail.u8());
        }
    }

    @Test
    void sparseFileOfThreeGigabytes() throws IOException {
        Path p = tmp.resolve("sparse.bin");
        long size = 3L << 30;
        try (SeekableByteChannel ch = Files.newByteChannel(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.position(size - 8);
            ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        }
        try (FileSource src = FileSource.open(p)) {
            ByteReader r = src.reader(TestFormatError::new);
            r.seek(size - 8);
            assertEquals(0x0807060504030201L, r.u64le());
            r.seek(size - 8);
            ByteReader box = r.slice(8);
            assertEquals(size - 8, box.startOffset());
            assertEquals(0x01020304L, box.u32be());
        }
    }

    @Test
    void subRangesRefuseToReadPastTheirEnd() throws IOException {
        Path p = tmp.resolve("f.bin");
        Files.write(p, pattern(20_000));
        for (FileSource src : new FileSource[] {FileSource.open(p), FileSource.of(pattern(20_000), "m")}) {
            try (src) {
                ByteReader r = src.reader(TestFormatError::new);
                r.seek(10_000);
                ByteReader page = r.slice(6);
                assertEquals(10_006, r.fileOffset());
                assertEquals(6, page.lengthLong());
                assertEquals(10_000, page.fileOffset());
                page.skip(4);
                TestFormatError e = assertThrows(TestFormatError.class, page::u32be);
                assertEquals("truncated data: needed 4 bytes at offset 10004, 2 left", e.getMessage());
                assertThrows(TestFormatError.class, () -> page.seek(7));
                assertEquals(2, page.bytes(2).length);
                // A sub-range of a sub-range.
                page.seek(0);
                ByteReader inner = page.slice(2);
                assertThrows(TestFormatError.class, () -> inner.bytes(3));
                assertFalse(inner.startsWith(new byte[] {(byte) 0x10, (byte) 0x27, 0}));
            }
        }
    }

    @Test
    void readerOfARangeChecksTheFileSize() throws IOException {
        try (FileSource src = FileSource.of(pattern(10), "m")) {
            assertEquals("length 11 exceeds the 10 bytes left",
                    assertThrows(TestFormatError.class, () -> src.reader(0, 11, TestFormatError::new)).getMessage());
            assertEquals("negative offset -1",
                    assertThrows(TestFormatError.class, () -> src.reader(-1, 1, TestFormatError::new)).getMessage());
        }
    }

    @Test
    void strictAndLenient() throws IOException {
        ByteReader r = new ByteReader(pattern(5), TestFormatError::new).shortReads(ByteReader.FILE_SAID);
        r.skip(2);
        assertEquals("file said 4 bytes, read 3 bytes",
                assertThrows(TestFormatError.class, () -> r.bytes(4)).getMessage());
        assertEquals("file said 4 bytes, read 3 bytes",
                assertThrows(TestFormatError.class, r::u32le).getMessage());
        r.lenient();
        assertTrue(r.isLenient());
        assertArrayEquals(new byte[] {2, 3, 4}, r.bytes(100));
        assertEquals(0, r.bytes(4).length);
        r.seek(1);
        assertEquals(Integer.valueOf(4), r.read(100, (data, from, to) -> to - from));
        r.seek(1);
        r.skip(100);
        assertEquals(5, r.tell());
        // Integers stay strict in a lenient reader.
        assertThrows(TestFormatError.class, r::u8);
        r.strict();
        r.seek(4);
        assertThrows(TestFormatError.class, () -> r.bytes(2));
    }

    @Test
    void readInPlaceAndReset() throws MutagenError, IOException {
        byte[] data = pattern(10);
        ByteReader r = new ByteReader(data, 2, 8, 100, TestFormatError::new);
        assertEquals(100, r.startOffset());
        r.ensure(3);
        assertSame(data, r.array());
        assertEquals(2, r.arrayPosition());
        assertEquals(8, r.arrayLimit());
        assertEquals(6, r.available());
        assertEquals(Integer.valueOf(2 + 3 + 4), r.read(3, (d, from, to) -> d[from] + d[from + 1] + d[to - 1]));
        assertEquals(103, r.fileOffset());
        byte[] other = {9, 9};
        r.reset(other, 0, 2, 0);
        assertEquals(0x0909, r.u16be());
        assertThrows(TestFormatError.class, () -> r.ensure(1));
    }

    @Test
    void ioFailureIsTheFormatsError() throws IOException {
        PatternChannel failing = new PatternChannel(100_000) {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                if (position() > 50_000) {
                    throw new IOException("disk gone");
                }
                return super.read(dst);
            }
        };
        try (FileSource src = FileSource.of(failing, "f", false)) {
            ByteReader r = src.reader(TestFormatError::new);
            r.seek(60_000);
            TestFormatError e = assertThrows(TestFormatError.class, r::u8);
            assertEquals("disk gone", e.getMessage());
            assertEquals("disk gone", e.getCause().getMessage());
        }
    }

    @Test
    void theFileShrinkingUnderTheReaderIsAShortRead() throws IOException {
        Path p = tmp.resolve("f.bin");
        Files.write(p, pattern(50_000));
        try (FileSource src = FileSource.open(p)) {
            ByteReader r = src.reader(TestFormatError::new);
            Files.write(p, pattern(20_000));
            r.seek(30_000);
            TestFormatError e = assertThrows(TestFormatError.class, r::u32be);
            assertEquals("truncated data: needed 4 bytes at offset 30000, 0 left", e.getMessage());
        }
    }
}
