// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.MutagenError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves edit the file itself: its identity is kept (links, owner, mode), they cost what must move, they need
 * mutagen's free space, and their journal stays small.
 */
class InPlaceSaveTest {
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    /** Counts the bytes read and written through the channels a source opens. */
    private static UnaryOperator<SeekableByteChannel> counting(AtomicLong read, AtomicLong written) {
        return ch -> new DelegatingChannel(ch) {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                int n = super.read(dst);
                read.addAndGet(Math.max(0, n));
                return n;
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                int n = super.write(src);
                written.addAndGet(n);
                return n;
            }
        };
    }

    private static Path sparse(Path p, long size, long tailAt, byte[] tail) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(tail), tailAt);
            if (ch.size() < size) {
                ch.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
        }
        return p;
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".mutagen-")).collect(Collectors.toList());
        }
    }

    @Test
    void testGrowingARegionNearTheEndOfA1GiBFileCostsTheRegionAndTheTail() throws IOException {
        byte[] region = SaveChild.content(10_000);
        long at = GIB - 50_000;
        Path p = sparse(dir.resolve("big.bin"), GIB, at, region);
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        try (FileSource src = FileSource.open(p, true, counting(read, written))) {
            src.apply(new EditPlan(GIB).replace(at, 10_000, SaveChild.tag(30_000)));
            src.commit();
        }
        // The 40,000 bytes after the region move (read once, written once), the new region is written once; the
        // journal keeps the old region (read once).
        assertEquals(40_000 + 10_000, read.get());
        // Plus the 20,000 bytes of growth, claimed (written as zeros) before anything moves.
        assertEquals(40_000 + 30_000 + 20_000, written.get());
        assertEquals(GIB + 20_000, Files.size(p));
        try (FileSource src = FileSource.open(p)) {
            assertArrayEquals(SaveChild.tag(30_000), src.read(at, 30_000));
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void testGrowingTheHeadOfA1GiBFileWritesItOnceAndKeepsTheJournalSmall() throws IOException {
        Path p = sparse(dir.resolve("head.bin"), GIB, 0, SaveChild.content(4096));
        AtomicLong read = new AtomicLong();
        AtomicLong written = new AtomicLong();
        AtomicLong journalPeak = new AtomicLong();
        long journalBytes;
        Path journal = Journal.besidePath(p);
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    journalPeak.accumulateAndGet(Files.size(journal), Math::max);
                } catch (IOException e) {
                    // not there (yet, or any more)
                }
                Thread.onSpinWait();
            }
        });
        watcher.start();
        try (FileSource src = FileSource.open(p, true, counting(read, written))) {
            src.apply(new EditPlan(GIB).replace(0, 4096, SaveChild.tag(8192)));
            src.commit();
            journalBytes = src.journalBytes();
        } finally {
            watcher.interrupt();
        }
        assertEquals(GIB - 4096 + 4096, read.get(), "what follows the tag is read once, the old tag once");
        assertEquals(GIB - 4096 + 8192 + 4096, written.get(), "the file is written once (and its growth claimed)");
        // At most the old tag and two chunk slots; every chunk overlaps its own source (the shift is 4 KiB), so each
        // is journaled once: the journal writes about the file's size in all, never more than a few MiB at a time.
        long slots = 2 * Journal.slotSize(Splicer.CHUNK);
        assertTrue(journalPeak.get() <= 4096 + slots + 4096, "journal peak " + journalPeak.get());
        assertTrue(journalBytes >= GIB - 4096 && journalBytes < GIB + (1 << 20), "journal wrote " + journalBytes);
        System.out.printf("1 GiB head grow: file read %d, written %d; journal wrote %d, peak %d bytes%n",
                read.get(), written.get(), journalBytes, journalPeak.get());
        try (FileSource src = FileSource.open(p)) {
            assertArrayEquals(SaveChild.tag(8192), src.read(0, 8192));
            assertEquals(GIB + 4096, src.size());
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void testSavesThroughASymlinkEditTheTargetAndKeepTheLink() throws IOException {
        for (int neu : new int[] {1000, 50_000}) { // fits in place / moves the rest
            Path target = Files.write(dir.resolve("t" + neu + ".bin"), SaveChild.content(100_000));
            Path link = Files.createSymbolicLink(dir.resolve("l" + neu + ".bin"), target.getFileName());
            save(link, 1000, neu);
            assertTrue(Files.isSymbolicLink(link));
            assertArrayEquals(expected(SaveChild.content(100_000), 1000, neu), Files.readAllBytes(target));
        }
        assertEquals(List.of(), leftovers());
    }

    @Test
    void testSavesOfAHardLinkedFileShowThroughEveryLink() throws IOException {
        for (int neu : new int[] {1000, 50_000}) {
            Path a = Files.write(dir.resolve("a" + neu + ".bin"), SaveChild.content(100_000));
            Path b = Files.createLink(dir.resolve("b" + neu + ".bin"), a);
            save(a, 1000, neu);
            byte[] want = expected(SaveChild.content(100_000), 1000, neu);
            assertArrayEquals(want, Files.readAllBytes(a));
            assertArrayEquals(want, Files.readAllBytes(b));
            assertEquals(2, Files.getAttribute(a, "unix:nlink"));
        }
    }

    @Test
    void testOwnerGroupAndModeAreKept() throws IOException {
        for (int neu : new int[] {1000, 50_000}) {
            Path p = Files.write(dir.resolve("o" + neu + ".bin"), SaveChild.content(100_000));
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
            if (ChildJvm.isRoot()) {
                Files.setAttribute(p, "unix:uid", 65534);
                Files.setAttribute(p, "unix:gid", 65534);
            }
            Object uid = Files.getAttribute(p, "unix:uid");
            Object gid = Files.getAttribute(p, "unix:gid");
            Object ino = Files.getAttribute(p, "unix:ino");
            save(p, 1000, neu);
            assertEquals(uid, Files.getAttribute(p, "unix:uid"));
            assertEquals(gid, Files.getAttribute(p, "unix:gid"));
            assertEquals(ino, Files.getAttribute(p, "unix:ino"));
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            assertArrayEquals(expected(SaveChild.content(100_000), 1000, neu), Files.readAllBytes(p));
        }
    }

    @Test
    void testAFolderThatCannotBeWrittenPutsTheJournalInTheFallbackFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path fallback = dir.resolve("journals");
        Path p = Files.write(folder.resolve("f.bin"), SaveChild.content(100_000));
        ChildJvm child = new ChildJvm(Files.createDirectory(dir.resolve("jvm")));
        int uid = -1;
        if (ChildJvm.isRoot()) {
            // Root writes any folder: the save runs as another user, who may write the file but not its folder.
            uid = 65534;
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            Files.setAttribute(p, "unix:uid", uid);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (int neu : new int[] {1000, 50_000}) {
                Files.write(p, SaveChild.content(100_000));
                Process proc = child.save(uid, List.of("-Dmutagen.journal.dir=" + fallback), p.toString(),
                        "1000", Integer.toString(neu)).start();
                String out = new String(proc.getInputStream().readAllBytes());
                assertEquals(0, proc.waitFor(), out);
                assertEquals("ready\nsaved", out.strip());
                assertArrayEquals(expected(SaveChild.content(100_000), 1000, neu), Files.readAllBytes(p));
            }
            assertTrue(Files.isDirectory(fallback), "the moving save journaled in the fallback folder");
            try (Stream<Path> left = Files.list(fallback)) {
                assertEquals(0, left.count(), "and removed its journal");
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void testAFullDiskFailsTheSaveNamingTheFileAndKeepsTheOldBytes() throws IOException {
        byte[] content = SaveChild.content(300_000);
        Path p = Files.write(dir.resolve("full.bin"), content);
        long limit = 300_000 + 1000; // room for 1,000 more bytes than the file has
        UnaryOperator<SeekableByteChannel> disk = ch -> new DelegatingChannel(ch) {
            @Override
            public int write(ByteBuffer src) throws IOException {
                if (position() + src.remaining() > limit) {
                    throw new IOException("No space left on device");
                }
                return super.write(src);
            }
        };
        try (FileSource src = FileSource.open(p, true, disk)) {
            src.apply(new EditPlan(300_000).replace(0, 1000, SaveChild.tag(5000)));
            IOException e = assertThrows(IOException.class, src::commit);
            assertEquals("[Errno 28] No space left on device: '" + p + "'", e.getMessage());
        }
        assertArrayEquals(content, Files.readAllBytes(p), "undone in the same process");
        assertEquals(List.of(), leftovers());
        try (FileSource src = FileSource.open(p, true, disk)) {
            src.apply(new EditPlan(300_000).replace(0, 1000, SaveChild.tag(1800)));
            src.commit();
        }
        assertArrayEquals(expected(content, 1000, 1800), Files.readAllBytes(p), "a save that fits the room");
    }

    @Test
    void testA12MiBFileSavesWith8MiBFree() throws Exception {
        if (!ChildJvm.isRoot()) {
            // Only root can mount a small file system here; the fault channel test above covers the failure path.
            testAFullDiskFailsTheSaveNamingTheFileAndKeepsTheOldBytes();
            return;
        }
        Path mnt = Files.createDirectory(dir.resolve("mnt"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", mnt.toString())
                .redirectErrorStream(true).start();
        String why = new String(mount.getInputStream().readAllBytes());
        if (mount.waitFor() != 0) {
            // A container without CAP_SYS_ADMIN: the failure path is covered by the fault channel test.
            System.out.println("tmpfs not mountable here (" + why.strip() + "): covered by the fault test");
            testAFullDiskFailsTheSaveNamingTheFileAndKeepsTheOldBytes();
            return;
        }
        try {
            byte[] content = SaveChild.content(12 << 20);
            Path p = Files.write(mnt.resolve("song.bin"), content);
            long free = Files.getFileStore(p).getUsableSpace();
            Files.write(mnt.resolve("filler"), new byte[(int) (free - (8 << 20))]);
            assertTrue(Files.getFileStore(p).getUsableSpace() <= 8 << 20);
            save(p, 4096, 100_000);
            assertArrayEquals(expected(content, 4096, 100_000), Files.readAllBytes(p));
        } finally {
            new ProcessBuilder("umount", mnt.toString()).start().waitFor();
        }
    }

    @Test
    void testAJournalLockedByALiveSaveIsNotRecovered() throws IOException {
        Path p = Files.write(dir.resolve("busy.bin"), SaveChild.content(10_000));
        EditPlan plan = new EditPlan(10_000).replace(0, 10, SaveChild.tag(20));
        try (Journal live = Journal.begin(p, (offset, out, at, len) -> { }, plan, false)) {
            MutagenError e = assertThrows(MutagenError.class, () -> FileSource.openWritable(p));
            assertTrue(e.getMessage().contains("a save is in progress"), e.getMessage());
        }
    }

    @Test
    void testRecoverWithoutJournalDoesNothing() throws IOException {
        Path p = Files.write(dir.resolve("calm.bin"), SaveChild.content(1000));
        assertFalse(FileSource.recover(p));
        assertArrayEquals(SaveChild.content(1000), Files.readAllBytes(p));
    }

    static void save(Path p, long old, int neu) throws IOException {
        try (FileSource src = FileSource.openWritable(p)) {
            src.apply(new EditPlan(src.size()).replace(0, old, SaveChild.tag(neu)));
            src.commit();
        }
    }

    static byte[] expected(byte[] content, int old, int neu) {
        byte[] out = new byte[content.length - old + neu];
        System.arraycopy(SaveChild.tag(neu), 0, out, 0, neu);
        System.arraycopy(content, old, out, neu, content.length - old);
        return out;
    }

    static byte[] tail(byte[] b, int from) {
        return Arrays.copyOfRange(b, from, b.length);
    }
}
