// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read cache alone: which reads reach the channel, and what a window lends. */
class ReadCacheTest {
    @TempDir
    Path dir;

    /** Counts the reads and size queries that reach the channel. */
    static final class Counting extends DelegatingChannel {
        int reads;
        int sizes;

        Counting(byte[] data) {
            super(MemoryChannel.readOnly(data));
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            reads++;
            return super.read(dst);
        }

        @Override
        public long size() throws IOException {
            sizes++;
            return super.size();
        }
    }

    private static byte[] data(int n) {
        byte[] d = new byte[n];
        for (int i = 0; i < n; i++) {
            d[i] = (byte) (i * 31 + 7);
        }
        return d;
    }

    private static byte[] slice(byte[] d, long off, int n) {
        return Arrays.copyOfRange(d, (int) off, (int) off + n);
    }

    @Test
    void testSmallReadsInsideAWindowCostOneChannelRead() throws IOException {
        byte[] d = data(100_000);
        Counting ch = new Counting(d);
        ReadCache cache = new ReadCache(ch, false);
        byte[] out = new byte[10];
        for (int off = 1000; off < 1000 + ReadCache.WINDOW - 10; off += 10) {
            assertEquals(10, cache.read(off, out, 10, true));
            assertArrayEquals(slice(d, off, 10), out);
        }
        assertEquals(1, ch.reads);
        assertEquals(1, ch.sizes);
    }

    @Test
    void testReadNearTheEndTakesTheWindowEndingAtTheEnd() throws IOException {
        byte[] d = data(50_000);
        Counting ch = new Counting(d);
        ReadCache cache = new ReadCache(ch, false);
        byte[] out = new byte[128];
        cache.read(d.length - 128, out, 128, true);
        assertArrayEquals(slice(d, d.length - 128, 128), out);
        // The ID3v1 and APEv2 footers a parser asks for next are in the same window.
        byte[] footer = new byte[32];
        cache.read(d.length - 128 - 32, footer, 32, true);
        assertArrayEquals(slice(d, d.length - 160, 32), footer);
        assertEquals(ReadCache.WINDOW, cache.buffered(d.length - ReadCache.WINDOW));
        assertEquals(1, ch.reads);
    }

    @Test
    void testTheHeadStaysAndThreeOtherWindowsAreKeptTheOldestEvicted() throws IOException {
        byte[] d = data(100_000);
        Counting ch = new Counting(d);
        ReadCache cache = new ReadCache(ch, false);
        byte[] out = new byte[4];
        cache.primeHead();
        cache.read(50_000, out, 4, true);
        cache.read(2, out, 2, true);
        cache.read(60_000, out, 4, true);
        cache.read(70_000, out, 4, true);
        // A parser jumping back (MP4: moov's children, then a chapter track, then the head again) reads nothing more.
        cache.read(50_010, out, 4, true);
        cache.read(60_010, out, 4, true);
        cache.read(10, out, 4, true);
        assertEquals(4, ch.reads);
        cache.read(90_000, out, 4, true);
        assertEquals(5, ch.reads);
        assertTrue(cache.buffered(0) > 0, "the head stays");
        assertEquals(0, cache.buffered(50_000), "the oldest other window was evicted");
        assertTrue(cache.buffered(60_000) > 0);
        assertTrue(cache.buffered(70_000) > 0);
        assertArrayEquals(slice(d, 90_000, 4), out);
    }

    @Test
    void testLargeReadsAreKeptOnlyForAnEditingSource() throws IOException {
        byte[] d = data(200_000);
        Counting plain = new Counting(d);
        ReadCache reading = new ReadCache(plain, false);
        byte[] out = new byte[20_000];
        reading.read(10_000, out, out.length, true);
        reading.read(10_000, out, out.length, true);
        assertEquals(2, plain.reads);

        Counting edited = new Counting(d);
        ReadCache editing = new ReadCache(edited, true);
        editing.read(10_000, out, out.length, true);
        editing.read(10_000, out, out.length, true);
        assertEquals(1, edited.reads);
        assertArrayEquals(slice(d, 10_000, out.length), out);
        // Beyond 64 KiB nothing is kept.
        byte[] big = new byte[70_000];
        editing.read(0, big, big.length, true);
        editing.read(0, big, big.length, true);
        assertEquals(3, edited.reads);
    }

    @Test
    void testDropForgetsWindowsAndSize() throws IOException {
        byte[] d = data(10_000);
        Counting ch = new Counting(d);
        ReadCache cache = new ReadCache(ch, false);
        byte[] out = new byte[8];
        cache.read(0, out, 8, true);
        cache.drop();
        assertEquals(0, cache.buffered(0));
        cache.read(0, out, 8, true);
        assertEquals(2, ch.reads);
        assertEquals(2, ch.sizes);
    }

    @Test
    void testShortReadAtTheEnd() throws IOException {
        byte[] d = data(100);
        ReadCache cache = new ReadCache(new Counting(d), false);
        byte[] out = new byte[16];
        assertEquals(10, cache.read(90, out, 16, false));
        assertArrayEquals(slice(d, 90, 10), Arrays.copyOf(out, 10));
        assertThrows(EOFException.class, () -> cache.read(95, out, 16, true));
    }

    @Test
    void testPrimeHeadTellsTheSizeOfASmallFileOnly() throws IOException {
        Path small = Files.write(dir.resolve("small"), data(1000));
        Path large = Files.write(dir.resolve("large"), data(10_000));
        try (FileChannel s = FileChannel.open(small, StandardOpenOption.READ);
             FileChannel l = FileChannel.open(large, StandardOpenOption.READ)) {
            assertEquals(1000, new ReadCache(s, false).primeHead());
            ReadCache cache = new ReadCache(l, false);
            assertEquals(-1, cache.primeHead());
            assertEquals(ReadCache.WINDOW, cache.buffered(0));
        }
        // Through a decorator, a short read is not trusted as the size.
        assertEquals(-1, new ReadCache(new Counting(data(1000)), false).primeHead());
    }

    @Test
    void testALentWindowIsNeverRefilledNorRecycled() throws IOException {
        byte[] d = data(100_000);
        ReadCache cache = new ReadCache(new Counting(d), false);
        byte[] out = new byte[4];
        cache.read(0, out, 4, true);
        ByteReader reader = new ByteReader(new byte[0], 0, 0, 0, ErrorFactory.GENERIC);
        assertTrue(cache.lend(100, 50, reader));
        assertFalse(cache.lend(ReadCache.WINDOW - 10, 50, reader), "no window holds all 50 bytes");
        byte[] lent = reader.array();
        cache.read(50_000, out, 4, true);
        cache.read(70_000, out, 4, true);
        assertArrayEquals(slice(d, 0, ReadCache.WINDOW), Arrays.copyOf(lent, ReadCache.WINDOW),
                "the lent head is intact after two refills");
        cache.close();
        // The next cache on this thread gets recycled buffers, never the lent one.
        ReadCache next = new ReadCache(new Counting(d), false);
        next.read(0, out, 4, true);
        ByteReader r2 = new ByteReader(new byte[0], 0, 0, 0, ErrorFactory.GENERIC);
        assertTrue(next.lend(0, 4, r2));
        assertNotSame(lent, r2.array());
        assertSame(r2.array(), r2.array());
    }
}
