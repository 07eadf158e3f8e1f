// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payloads (shared slices, zeros, spilled parts) and the spill of large pending writes. */
class SpillTest {
    @TempDir
    Path dir;
    Path spillDir;

    @BeforeEach
    void spillHere() throws IOException {
        spillDir = Files.createDirectory(dir.resolve("spill"));
        System.setProperty("mutagen.spill.dir", spillDir.toString());
    }

    @AfterEach
    void spillBack() {
        System.clearProperty("mutagen.spill.dir");
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] read(Payload p) throws IOException {
        byte[] out = new byte[(int) p.length()];
        p.copyTo(0, out, 0, out.length);
        return out;
    }

    private boolean spillFolderEmpty() throws IOException {
        try (Stream<Path> s = Files.list(spillDir)) {
            return s.findAny().isEmpty();
        }
    }

    @Test
    void testSliceAndConcatShareWithoutCopying() throws IOException {
        byte[] a = random(100, 1);
        byte[] b = random(50, 2);
        Payload p = Payload.concat(Payload.of(a), Payload.zeros(10), Payload.of(b));
        assertEquals(160, p.length());
        byte[] all = read(p);
        assertArrayEquals(Arrays.copyOf(a, 100), Arrays.copyOf(all, 100));
        assertArrayEquals(new byte[10], Arrays.copyOfRange(all, 100, 110));
        assertArrayEquals(b, Arrays.copyOfRange(all, 110, 160));
        assertArrayEquals(Arrays.copyOfRange(all, 95, 115), read(p.slice(95, 115)));
        assertEquals(150, p.inMemory(), "zeros are held nowhere");
        assertSame(p, p.slice(0, 160));
        assertSame(a, Payload.of(a).toArray(), "a whole array is not copied");
        assertEquals(0, p.slice(100, 110).inMemory());
    }

    @Test
    void testSpilledBytesReadBackAndWriteThroughASmallBuffer() throws IOException {
        byte[] data = random(300_000, 3);
        try (Spill spill = new Spill()) {
            Payload p = spill.append(data);
            assertEquals(0, p.inMemory());
            assertArrayEquals(data, p.toArray());
            assertTrue(spillFolderEmpty(), "the spill file is unlinked at once");
            MemoryChannel ch = MemoryChannel.writable(new byte[0]);
            p.writeTo(ch, 5, new byte[4096]);
            byte[] written = ch.toByteArray();
            assertArrayEquals(data, Arrays.copyOfRange(written, 5, written.length));
            // Spilling a payload made of parts copies their content.
            Payload mixed = spill.append(Payload.concat(Payload.of(new byte[] {1, 2}), Payload.zeros(3), p.slice(0, 4)));
            assertArrayEquals(new byte[] {1, 2, 0, 0, 0, data[0], data[1], data[2], data[3]}, read(mixed));
        }
    }

    @Test
    void testEqualsOriginalComparesChunkByChunk() throws IOException {
        byte[] original = random(10_000, 4);
        EditPlan.OriginalReader reader = (off, out, at, len) -> System.arraycopy(original, (int) off, out, at, len);
        Payload same = Payload.of(Arrays.copyOfRange(original, 1000, 6000));
        assertTrue(same.equalsOriginal(reader, 1000, new byte[777]));
        byte[] changed = Arrays.copyOfRange(original, 1000, 6000);
        changed[4999] ^= 1;
        assertFalse(Payload.of(changed).equalsOriginal(reader, 1000, new byte[777]));
    }

    @Test
    void testLargePendingWritesGoToTheSpillFileAndCommitExactly() throws IOException {
        Path file = dir.resolve("f.bin");
        byte[] old = random(1 << 20, 5);
        Files.write(file, old);
        byte[][] parts = {random(5 << 20, 6), random(5 << 20, 7), random(5 << 20, 8)};
        byte[] expected;
        try (FileSource src = FileSource.openWritable(file)) {
            src.resize(1000, 0, 15 << 20);
            for (int i = 0; i < parts.length; i++) {
                src.write(1000 + (long) i * (5 << 20), parts[i]);
            }
            // The caller may reuse its arrays at once: what was written is the copy or the spilled bytes.
            byte[] kept = parts[2].clone();
            Arrays.fill(parts[2], (byte) 0);
            parts[2] = kept;
            assertArrayEquals(parts[1], src.read(1000 + (5 << 20), 5 << 20));
            assertTrue(spillFolderEmpty());
            src.commit();
            assertTrue(src.spilledBytes() >= 5 << 20, "past 8 MiB in memory the rest spilled: " + src.spilledBytes());
            assertTrue(src.spilledBytes() <= 10 << 20, "the first 8 MiB stayed in memory: " + src.spilledBytes());
        }
        expected = new byte[old.length + (15 << 20)];
        System.arraycopy(old, 0, expected, 0, 1000);
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, expected, 1000 + i * (5 << 20), 5 << 20);
        }
        System.arraycopy(old, 1000, expected, 1000 + (15 << 20), old.length - 1000);
        assertArrayEquals(expected, Files.readAllBytes(file));
        assertTrue(spillFolderEmpty());
    }

    @Test
    void testAPlanWithALargeSpliceSpillsAndAGrowthHoldsNoMemory() throws IOException {
        Path file = dir.resolve("g.bin");
        byte[] old = random(4096, 9);
        Files.write(file, old);
        byte[] small = random(7 << 20, 10);
        byte[] big = random(3 << 20, 11);
        try (FileSource src = FileSource.openWritable(file)) {
            src.apply(new EditPlan(old.length).insert(0, small).replace(100, 10, big));
            // A resize of 1 GiB adds no bytes to memory or disk until the commit (which is not made here).
            src.resize(4000, 0, 1L << 30);
            assertEquals(old.length + small.length + big.length - 10 + (1L << 30), src.size());
            src.resize(4000, 1L << 30, 0);
            src.commit();
            assertEquals(big.length, src.spilledBytes());
        }
        byte[] got = Files.readAllBytes(file);
        assertArrayEquals(small, Arrays.copyOf(got, small.length));
        assertArrayEquals(big, Arrays.copyOfRange(got, small.length + 100, small.length + 100 + big.length));
        assertEquals(old.length + small.length + big.length - 10, got.length);
    }

    @Test
    void testDiscardedEditsCloseTheSpill() throws IOException {
        Path file = dir.resolve("h.bin");
        Files.write(file, random(100, 12));
        try (FileSource src = FileSource.openWritable(file)) {
            src.write(0, random(9 << 20, 13));
            src.write(0, random(1 << 20, 14));
            assertEquals(100, Files.size(file));
        }
        assertEquals(100, Files.size(file));
        assertTrue(spillFolderEmpty());
    }
}
