// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pending edits alone: what a commit drops, merges, and whether it needs a journal. */
class TransactionTest {
    @TempDir
    Path dir;

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static EditPlan.OriginalReader over(byte[] original) {
        return (off, out, at, len) -> System.arraycopy(original, (int) off, out, at, len);
    }

    @Test
    void testCompactDropsRewritesWithTheSameBytes() throws IOException {
        byte[] old = random(20_000, 1);
        EditPlan plan = new EditPlan(old.length)
                .replace(100, 50, Arrays.copyOfRange(old, 100, 150))
                .replace(10_000, 3, new byte[] {1, 2, 3});
        EditPlan work = Transaction.compact(plan, over(old));
        assertEquals(1, work.splices().size());
        assertEquals(10_000, work.splices().get(0).offset());
    }

    @Test
    void testCompactMergesNearbySameSizeWritesOnly() throws IOException {
        byte[] old = random(40_000, 2);
        EditPlan near = new EditPlan(old.length).replace(0, 4, new byte[4]).replace(4_000, 4, new byte[4]);
        EditPlan merged = Transaction.compact(near, over(old));
        assertEquals(1, merged.splices().size());
        byte[] data = merged.splices().get(0).data();
        assertEquals(4_004, data.length);
        assertArrayEquals(Arrays.copyOfRange(old, 4, 4_000), Arrays.copyOfRange(data, 4, 4_000), "the gap is read in");

        EditPlan far = new EditPlan(old.length).replace(0, 4, new byte[4]).replace(30_000, 4, new byte[4]);
        assertEquals(2, Transaction.compact(far, over(old)).splices().size());
        EditPlan sizeChange = new EditPlan(old.length).replace(0, 4, new byte[8]).replace(100, 4, new byte[4]);
        assertEquals(2, Transaction.compact(sizeChange, over(old)).splices().size(), "only same-size writes merge");
        EditPlan unchanged = new EditPlan(old.length).replace(0, 4, new byte[8]);
        assertSame(unchanged, Transaction.compact(unchanged, over(old)));
    }

    @Test
    void testOneRegionNeedsNoJournalTwoRegionsOrAMoveDo() throws IOException {
        Path f = dir.resolve("f.bin");
        byte[] old = random(100_000, 3);
        Files.write(f, old);
        try (FileSource s = FileSource.openWritable(f)) {
            s.write(10, new byte[] {1, 2, 3});
            s.commit();
            assertEquals(0, s.journalBytes(), "one positional write is atomic");
        }
        try (FileSource s = FileSource.openWritable(f)) {
            s.write(10, new byte[] {4});
            s.write(90_000, new byte[] {5});
            s.commit();
            assertTrue(s.journalBytes() > 0, "two distant regions take a journal");
        }
        try (FileSource s = FileSource.openWritable(f)) {
            s.write(100_000, new byte[] {6, 7});
            s.commit();
            assertEquals(0, s.journalBytes(), "one append is atomic");
        }
        try (FileSource s = FileSource.openWritable(f)) {
            s.truncate(50_000);
            s.commit();
            assertEquals(0, s.journalBytes(), "one truncation is atomic");
        }
        try (FileSource s = FileSource.openWritable(f).saveMode(SaveMode.DIRECT)) {
            s.insert(0, 10);
            s.commit();
            assertEquals(0, s.journalBytes(), "DIRECT saves without a journal");
        }
        try (FileSource s = FileSource.openWritable(f)) {
            s.delete(0, 10);
            s.commit();
            assertTrue(s.journalBytes() > 0, "a move takes a journal");
        }
        byte[] expected = Arrays.copyOf(old, 50_000);
        expected[10] = 4;
        expected[11] = 2;
        expected[12] = 3;
        assertArrayEquals(expected, Files.readAllBytes(f));
    }

    @Test
    void testWritesPastTheEndGrowWithZerosBetween() throws IOException {
        Transaction t = new Transaction(10);
        t.write(20, new byte[] {9}, true);
        assertEquals(21, t.size());
        byte[] out = new byte[11];
        byte[] old = random(10, 4);
        t.read(10, out, over(old));
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9}, out);
        t.close();
    }

    @Test
    void testAWriterPlanMustBeForThisFile() throws IOException {
        Path f = dir.resolve("g.bin");
        Files.write(f, new byte[100]);
        try (FileSource s = FileSource.openWritable(f)) {
            assertThrows(IllegalArgumentException.class, () -> s.apply(new EditPlan(99).insert(0, new byte[1])));
        }
    }
}
