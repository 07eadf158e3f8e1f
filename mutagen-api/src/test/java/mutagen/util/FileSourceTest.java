// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.MutagenError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
    @TempDir
    Path dir;

    private Path file(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "src-", ".bin"), content);
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private List<Path> strayTemps() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".mutagen-tmp")
                    || p.getFileName().toString().endsWith(".mutagen-journal")).collect(Collectors.toList());
        }
    }

    private static Object fileKey(Path p) throws IOException {
        return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    }

    // ---- reading ----

    @Test
    void testReadClamps() throws IOException {
        try (FileSource src = FileSource.of(new byte[] {1, 2, 3, 4, 5}, "x.bin")) {
            assertArrayEquals(new byte[] {2, 3}, src.read(1, 2));
            assertArrayEquals(new byte[] {4, 5}, src.read(3, 100));
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, src.read(0, Integer.MAX_VALUE));
            assertArrayEquals(new byte[0], src.read(5, 10));
            assertArrayEquals(new byte[0], src.read(1L << 40, Integer.MAX_VALUE));
            assertThrows(IllegalArgumentException.class, () -> src.read(-1, 1));
            assertThrows(IllegalArgumentException.class, () -> src.read(0, -1));
            assertEquals("x.bin", src.name());
            assertEquals(null, src.path());
            assertFalse(src.isWritable());
        }
    }

    /** A decorator counting reads, writes and size calls of the channels a source opens. */
    private static UnaryOperator<SeekableByteChannel> counting(AtomicInteger reads, AtomicInteger writes,
                                                               AtomicInteger sizes) {
        return ch -> new DelegatingChannel(ch) {
            @Override
            public int read(ByteBuffer dst) throws IOException {
                reads.incrementAndGet();
                return super.read(dst);
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                writes.incrementAndGet();
                return super.write(src);
            }

            @Override
            public long size() throws IOException {
                sizes.incrementAndGet();
                return super.size();
            }
        };
    }

    @Test
    void testMemorySourceReadsAndBuffersEverything() throws IOException {
        byte[] data = bytes(10_000, 7);
        FileSource s = FileSource.of(data, "x.bin");
        assertEquals(10_000, s.size());
        assertArrayEquals(Arrays.copyOfRange(data, 9_990, 10_000), s.read(9_990, 50));
        assertEquals(0, s.read(20_000, 5).length);
        assertEquals(10_000, s.buffered(0));
        assertEquals(1, s.buffered(9_999));
        assertEquals(0, s.buffered(10_000));
        // The channel view still answers for callers that want one.
        ByteBuffer b = ByteBuffer.allocate(4);
        s.channel().position(4).read(b);
        assertArrayEquals(Arrays.copyOfRange(data, 4, 8), b.array());
        assertThrows(MutagenError.class, () -> s.readExactly(9_999, 2, MutagenError::new));
    }

    @Test
    void testPathSourceReadsTheHeadWindowAtOpen() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        byte[] small = bytes(1000, 3);
        UnaryOperator<SeekableByteChannel> counting = counting(reads, new AtomicInteger(), new AtomicInteger());
        try (FileSource s = FileSource.open(file(small), false, counting)) {
            assertEquals(1, reads.get());
            assertEquals(1000, s.buffered(0));
            assertEquals(1000, s.size());
            assertArrayEquals(Arrays.copyOfRange(small, 872, 1000), s.read(872, 128));
            assertEquals(1, reads.get()); // one system read for the whole small file
        }
        try (FileSource s = FileSource.open(file(small))) {
            assertEquals(1000, s.size());
            assertArrayEquals(small, s.read(0, 4096));
        }
        byte[] big = bytes(20_000, 4);
        try (FileSource s = FileSource.open(file(big), false, counting)) {
            assertEquals(4096, s.buffered(0));
            assertEquals(96, s.buffered(4000));
            assertEquals(0, s.buffered(4096));
            assertArrayEquals(Arrays.copyOfRange(big, 19_872, 20_000), s.read(19_872, 128));
            assertEquals(4096, s.buffered(20_000 - 4096)); // the tail window
        }
    }

    @Test
    void testWindowsOfAClosedSourceServeTheNextOneAndNeverTheClosedOne() throws IOException {
        // A closed source hands its window buffers to the next source opened on the thread: the next one must see
        // only its own file (a shorter file leaves the old bytes in the buffer, past its length), and the closed
        // one must fail rather than answer from a buffer that now holds another file.
        byte[] a = bytes(20_000, 5);
        byte[] b = bytes(700, 6);
        FileSource first = FileSource.open(file(a));
        assertArrayEquals(Arrays.copyOfRange(a, 19_000, 20_000), first.read(19_000, 1000)); // head and tail windows
        first.close();
        try (FileSource second = FileSource.open(file(b))) {
            assertEquals(700, second.size());
            assertEquals(700, second.buffered(0));
            assertArrayEquals(b, second.read(0, 4096));
            assertArrayEquals(new byte[0], second.read(700, 10));
            assertThrows(IOException.class, () -> first.read(0, 16));
        }
    }

    @Test
    void testSaveInPlaceRereadsNothingItParsed() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger sizes = new AtomicInteger();
        UnaryOperator<SeekableByteChannel> counting = counting(reads, writes, sizes);
        byte[] content = bytes(50_000, 9);
        Path f = file(content);
        try (FileSource s = FileSource.open(f, true, counting)) {
            // A parser: the header, the tag (bigger than a window), the tail.
            assertArrayEquals(Arrays.copyOf(content, 10), s.read(0, 10));
            assertArrayEquals(Arrays.copyOf(content, 6000), s.read(0, 6000));
            assertArrayEquals(Arrays.copyOfRange(content, 49_872, 50_000), s.read(49_872, 128));
            int parsed = reads.get();
            // A save that fits: the tag and the tail are rewritten in place.
            byte[] tag = bytes(6000, 10);
            s.write(0, tag);
            s.write(49_872, Arrays.copyOfRange(content, 49_872, 50_000)); // unchanged: skipped
            s.write(49_900, new byte[] {1, 2, 3});
            s.commit();
            assertEquals(parsed, reads.get());
            assertEquals(2, writes.get());
            assertEquals(1, sizes.get());
            // After the commit the windows are gone: reads show the new bytes.
            assertArrayEquals(Arrays.copyOf(tag, 10), s.read(0, 10));
            assertArrayEquals(new byte[] {1, 2, 3}, s.read(49_900, 3));
        }
        byte[] expected = content.clone();
        System.arraycopy(bytes(6000, 10), 0, expected, 0, 6000);
        System.arraycopy(new byte[] {1, 2, 3}, 0, expected, 49_900, 3);
        assertArrayEquals(expected, Files.readAllBytes(f));
    }

    @Test
    void testOpeningADirectoryFailsAtOpenWithPythonsText() {
        MutagenError e = assertThrows(MutagenError.class, () -> FileSource.open(dir));
        assertEquals("[Errno 21] Is a directory: " + PyRepr.str(dir.toString()), e.getMessage());
        MutagenError w = assertThrows(MutagenError.class, () -> FileSource.openWritable(dir));
        assertEquals("[Errno 21] Is a directory: " + PyRepr.str(dir.toString()), w.getMessage());
    }

    @Test
    void testReadExactlyErrors() throws IOException {
        try (FileSource src = FileSource.of(new byte[10], "")) {
            assertEquals(4, src.readExactly(6, 4, ByteReaderTest.TestFormatError::new).length);
            assertEquals(0, src.readExactly(10, 0, ByteReaderTest.TestFormatError::new).length);
            assertEquals(0, src.readExactly(20, 0, ByteReaderTest.TestFormatError::new).length);
            MutagenError e = assertThrows(ByteReaderTest.TestFormatError.class,
                    () -> src.readExactly(6, 5, ByteReaderTest.TestFormatError::new));
            assertEquals("length 5 exceeds the 4 bytes left", e.getMessage());
            assertThrows(ByteReaderTest.TestFormatError.class,
                    () -> src.readExactly(0, Integer.MAX_VALUE, ByteReaderTest.TestFormatError::new));
            assertThrows(ByteReaderTest.TestFormatError.class,
                    () -> src.readExactly(0, Long.MAX_VALUE, ByteReaderTest.TestFormatError::new));
            assertThrows(ByteReaderTest.TestFormatError.class,
                    () -> src.readExactly(11, 1, ByteReaderTest.TestFormatError::new));
            assertThrows(ByteReaderTest.TestFormatError.class,
                    () -> src.readExactly(-1, 1, ByteReaderTest.TestFormatError::new));
            assertThrows(ByteReaderTest.TestFormatError.class,
                    () -> src.readExactly(0, -1, ByteReaderTest.TestFormatError::new));
            ByteReader r = src.reader(3, 4, ErrorFactory.GENERIC);
            assertEquals(4, r.length());
            assertEquals(3, r.fileOffset());
        }
    }

    @Test
    void testReadOfAShrinkingChannelAnswersWhatWasThere() throws IOException {
        MemoryChannel inner = MemoryChannel.writable(new byte[] {1, 2, 3, 4});
        try (FileSource src = FileSource.of(inner, "", false)) {
            assertEquals(4, src.size());
            inner.truncate(2);
            assertArrayEquals(new byte[0], src.read(2, 2));
            assertThrows(MutagenError.class, () -> src.readExactly(0, 4, ErrorFactory.GENERIC));
        }
    }

    @Test
    void testReadOfAStallingChannelFails() {
        SeekableByteChannel stalls = new DelegatingChannel(MemoryChannel.readOnly(new byte[8])) {
            @Override
            public int read(ByteBuffer dst) {
                return 0;
            }
        };
        FileSource src = FileSource.of(stalls, "", false);
        assertThrows(IOException.class, () -> src.read(0, 4));
    }

    @Test
    void testReadOnlySourceRefusesWrites(@TempDir Path d) throws IOException {
        Path p = Files.write(d.resolve("ro.bin"), new byte[4]);
        try (FileSource src = FileSource.open(p)) {
            assertThrows(MutagenError.class, () -> src.write(0, new byte[1]));
            assertThrows(MutagenError.class, () -> src.truncate(1));
            assertThrows(MutagenError.class, () -> src.resize(0, 1, 2));
            assertThrows(MutagenError.class, () -> src.apply(new EditPlan(4).insert(0, new byte[1])));
            assertEquals(p, src.path());
            assertEquals(p.toString(), src.name());
        }
        assertThrows(MutagenError.class, () -> FileSource.of(new byte[1], "").write(0, new byte[1]));
    }

    @Test
    void testOpenWritableCanCreate() throws IOException {
        Path p = dir.resolve("new.id3");
        assertThrows(MutagenError.class, () -> FileSource.openWritable(p));
        assertFalse(Files.exists(p));
        try (FileSource src = FileSource.openWritable(p, true)) {
            assertEquals(0, src.size());
            src.write(0, new byte[] {'I', 'D', '3'});
            src.commit();
        }
        assertArrayEquals(new byte[] {'I', 'D', '3'}, Files.readAllBytes(p));
        try (FileSource src = FileSource.openWritable(p, true)) {
            assertEquals(3, src.size(), "an existing file is opened, not emptied");
        }
    }

    // ---- a caller's channel is edited in place ----

    @Test
    void testChannelIsEditedInPlace() throws IOException {
        MemoryChannel ch = MemoryChannel.writable(new byte[] {1, 2, 3, 4, 5});
        FileSource src = FileSource.of(ch, "", true);
        src.write(1, new byte[] {9});
        assertArrayEquals(new byte[] {1, 9, 3, 4, 5}, src.read(0, 10));
        src.insert(2, 2);
        assertArrayEquals(new byte[] {1, 9, 0, 0, 3, 4, 5}, src.read(0, 10));
        src.delete(0, 1);
        assertArrayEquals(new byte[] {9, 0, 0, 3, 4, 5}, src.read(0, 10));
        src.resize(1, 2, 1);
        assertArrayEquals(new byte[] {9, 0, 3, 4, 5}, src.read(0, 10));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, ch.toByteArray(), "nothing is written before the commit");
        src.write(7, new byte[] {8});
        assertEquals(8, src.size());
        src.truncate(3);
        assertEquals(3, src.size());
        src.commit();
        src.close();
        assertTrue(ch.isOpen(), "a caller's channel stays open");
        assertArrayEquals(new byte[] {9, 0, 3}, ch.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> src.resize(2, 5, 1));
    }

    // ---- a path is edited through a transaction ----

    @Test
    void testResizeIsAppliedInPlaceOnCommit() throws IOException {
        byte[] original = bytes(100_000, 1);
        Path p = file(original);
        Object key = fileKey(p);
        try (FileSource src = FileSource.openWritable(p)) {
            src.insert(10, 5);
            src.write(10, new byte[] {1, 2, 3, 4, 5});
            assertEquals(100_005, src.size());
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, src.read(10, 5));
            assertArrayEquals(original, Files.readAllBytes(p), "the original is untouched before commit");
            src.commit();
            assertTrue(strayTemps().isEmpty());
            // The source stays usable after a commit.
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, src.read(10, 5));
        }
        byte[] expected = FileEditTest.insert(original, 10, 5);
        System.arraycopy(new byte[] {1, 2, 3, 4, 5}, 0, expected, 10, 5);
        assertArrayEquals(expected, Files.readAllBytes(p));
        assertEquals(key, fileKey(p), "the file is edited in place");
        assertTrue(strayTemps().isEmpty());
    }

    @Test
    void testCloseWithoutCommitDiscards() throws IOException {
        byte[] original = bytes(70_000, 2);
        Path p = file(original);
        try (FileSource src = FileSource.openWritable(p)) {
            src.write(0, new byte[] {7});
            src.delete(100, 1000);
            src.write(5, new byte[] {7});
            src.truncate(50_000);
        }
        assertArrayEquals(original, Files.readAllBytes(p));
        assertTrue(strayTemps().isEmpty());
        try (FileSource src = FileSource.openWritable(p)) {
            src.write(0, new byte[] {7});
            src.write(60_000, new byte[] {7});
        }
        assertArrayEquals(original, Files.readAllBytes(p));
    }

    @Test
    void testPermissionsKept() throws IOException {
        Path p = file(bytes(5000, 3));
        Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(p, perms);
        try (FileSource src = FileSource.openWritable(p)) {
            src.insert(0, 100);
            src.commit();
        }
        assertEquals(perms, Files.getPosixFilePermissions(p));
        assertEquals(5100, Files.size(p));
    }

    @Test
    void testSmallWriteIsCommittedInPlace() throws IOException {
        byte[] original = bytes(200_000, 4);
        Path p = file(original);
        Object key = fileKey(p);
        try (FileSource src = FileSource.openWritable(p)) {
            src.write(100, new byte[] {1, 2, 3});
            src.write(103, new byte[] {4});
            src.write(5000, new byte[] {5});
            assertArrayEquals(new byte[] {1, 2, 3, 4}, src.read(100, 4));
            assertArrayEquals(original, Files.readAllBytes(p), "nothing is written before commit");
            assertTrue(strayTemps().isEmpty());
            src.commit();
        }
        byte[] expected = original.clone();
        System.arraycopy(new byte[] {1, 2, 3, 4}, 0, expected, 100, 4);
        expected[5000] = 5;
        assertArrayEquals(expected, Files.readAllBytes(p));
        assertEquals(key, fileKey(p), "edited in place, not replaced");
    }

    @Test
    void testAppendAndTruncateInPlace() throws IOException {
        byte[] original = bytes(3000, 5);
        Path p = file(original);
        Object key = fileKey(p);
        try (FileSource src = FileSource.openWritable(p)) {
            // mutagen's ID3v1/APEv2 pattern: cut the old tag, write the new one at the end.
            src.truncate(2900);
            src.write(2900, new byte[150]);
            assertEquals(3050, src.size());
            src.commit();
        }
        byte[] expected = Arrays.copyOf(original, 3050);
        Arrays.fill(expected, 2900, 3050, (byte) 0);
        assertArrayEquals(expected, Files.readAllBytes(p));
        try (FileSource src = FileSource.openWritable(p)) {
            src.truncate(1000);
            src.commit();
        }
        assertArrayEquals(Arrays.copyOf(expected, 1000), Files.readAllBytes(p));
        assertEquals(key, fileKey(p));
    }

    @Test
    void testDistantWritesAndSizeChangesAreAppliedInPlace() throws IOException {
        byte[] original = bytes(3 * Transaction.MAX_MERGE_GAP, 6);
        Path p = file(original);
        Object key = fileKey(p);
        try (FileSource src = FileSource.openWritable(p)) {
            src.write(0, new byte[] {1});
            src.write(original.length - 1, new byte[] {2});
            src.write(100, Arrays.copyOfRange(original, 100, 200)); // same bytes: not written at all
            src.commit();
        }
        byte[] expected = original.clone();
        expected[0] = 1;
        expected[expected.length - 1] = 2;
        assertArrayEquals(expected, Files.readAllBytes(p));
        assertEquals(key, fileKey(p), "two tag-sized writes stay in place (O(tag size), same file)");
        // A shrink with a write in front of it is a write and a truncation, journaled, still in place.
        try (FileSource src = FileSource.openWritable(p)) {
            src.truncate(100);
            src.write(10, new byte[] {3});
            src.commit();
        }
        byte[] cut = Arrays.copyOf(expected, 100);
        cut[10] = 3;
        assertArrayEquals(cut, Files.readAllBytes(p));
        assertEquals(key, fileKey(p));
        assertTrue(strayTemps().isEmpty());
    }

    @Test
    void testTruncatedThenGrownAreaReadsAsZerosInEveryChunk() throws IOException {
        byte[] original = bytes(300_000, 12);
        Path p = file(original);
        try (FileSource src = FileSource.openWritable(p)) {
            src.truncate(10);
            src.write(250_000, new byte[] {1});
            src.insert(0, 1);
            src.commit();
        }
        byte[] expected = new byte[250_002];
        System.arraycopy(original, 0, expected, 1, 10);
        expected[250_001] = 1;
        assertArrayEquals(expected, Files.readAllBytes(p));
    }

    @Test
    void testApplyPlanInOriginalCoordinates() throws IOException {
        byte[] original = bytes(1000, 7);
        Path p = file(original);
        Object key = fileKey(p);
        try (FileSource src = FileSource.openWritable(p)) {
            src.write(0, new byte[] {42});
            src.apply(new EditPlan(1000).insert(500, new byte[10]));
            assertEquals(1010, src.size());
            assertEquals(42, src.read(0, 1)[0]);
            assertArrayEquals(original, Files.readAllBytes(p));
            assertThrows(IllegalArgumentException.class, () -> src.apply(new EditPlan(999)));
            src.commit();
        }
        byte[] expected = FileEditTest.insert(original, 500, 10);
        expected[0] = 42;
        assertArrayEquals(expected, Files.readAllBytes(p));
        assertEquals(key, fileKey(p));
    }

    /** Random writes, truncations and reads on a transaction, checked against a model, then committed or not. */
    @Test
    void testPendingEditsAgainstModel() throws IOException {
        Random random = new Random(99);
        for (int round = 0; round < 60; round++) {
            // Mostly small files; every fifth one spans several copy buffers.
            byte[] original = bytes(round % 5 == 4 ? 150_000 + random.nextInt(150_000) : random.nextInt(5000), round);
            Path p = file(original);
            byte[] model = original.clone();
            boolean commit = random.nextBoolean();
            try (FileSource src = FileSource.openWritable(p)) {
                for (int step = 0; step < 20; step++) {
                    int op = random.nextInt(10);
                    if (op < 6) {
                        int off = random.nextInt(model.length + 50);
                        byte[] data = bytes(1 + random.nextInt(300), random.nextInt());
                        src.write(off, data);
                        if (off + data.length > model.length) {
                            model = Arrays.copyOf(model, off + data.length);
                        }
                        System.arraycopy(data, 0, model, off, data.length);
                    } else if (op < 7) {
                        int to = random.nextInt(model.length + 10);
                        src.truncate(to);
                        model = Arrays.copyOf(model, Math.min(to, model.length));
                    } else if (op < 8 && random.nextInt(4) == 0) {
                        int at = random.nextInt(model.length + 1);
                        int n = random.nextInt(100);
                        src.insert(at, n);
                        model = FileEditTest.insert(model, at, n);
                    } else {
                        int off = random.nextInt(model.length + 10);
                        int n = random.nextInt(400);
                        byte[] want = Arrays.copyOfRange(model, Math.min(off, model.length),
                                Math.min(off + n, model.length));
                        assertArrayEquals(want, src.read(off, n), "round " + round + " step " + step);
                    }
                    assertEquals(model.length, src.size(), "round " + round + " step " + step);
                }
                if (commit) {
                    src.commit();
                }
            }
            assertArrayEquals(commit ? model : original, Files.readAllBytes(p), "round " + round);
            assertTrue(strayTemps().isEmpty());
        }
    }

    /** Counts channel operations and fails every one after the first {@code failAfter}. */
    private static UnaryOperator<SeekableByteChannel> failingAfter(int failAfter, AtomicInteger ops) {
        return ch -> new DelegatingChannel(ch) {
            private void check() throws IOException {
                if (ops.incrementAndGet() > failAfter) {
                    throw new IOException("fail");
                }
            }

            @Override
            public int read(ByteBuffer dst) throws IOException {
                check();
                return super.read(dst);
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                check();
                return super.write(src);
            }

            @Override
            public SeekableByteChannel position(long p) throws IOException {
                check();
                return super.position(p);
            }

            @Override
            public long size() throws IOException {
                check();
                return super.size();
            }

            @Override
            public SeekableByteChannel truncate(long s) throws IOException {
                check();
                return super.truncate(s);
            }
        };
    }

    private interface Edit {
        void apply(FileSource src) throws IOException;
    }

    /** Every failure step of an edit leaves the original intact or applies the whole edit. */
    @Test
    void testFailuresLeaveTheOriginalIntact() throws IOException {
        byte[] original = bytes(150_000, 8);
        List<Edit> edits = List.of(
                src -> src.write(10, new byte[] {1, 2, 3}),
                src -> {
                    src.write(10, new byte[] {1});
                    src.write(140_000, new byte[] {2});
                },
                src -> src.insert(100, 70_000),
                src -> {
                    src.delete(0, 1000);
                    src.write(0, new byte[] {5});
                },
                src -> {
                    src.truncate(149_000);
                    src.write(149_000, new byte[2000]);
                },
                src -> src.truncate(10));
        for (int e = 0; e < edits.size(); e++) {
            Path reference = file(original);
            try (FileSource src = FileSource.openWritable(reference)) {
                edits.get(e).apply(src);
                src.commit();
            }
            byte[] expected = Files.readAllBytes(reference);
            boolean succeeded = false;
            for (int failAfter = 0; !succeeded; failAfter++) {
                assertTrue(failAfter < 10_000, "edit " + e + " never succeeds");
                Path p = file(original);
                AtomicInteger ops = new AtomicInteger();
                try (FileSource src = FileSource.open(p, true, failingAfter(failAfter, ops))) {
                    edits.get(e).apply(src);
                    src.commit();
                    succeeded = true;
                } catch (IOException expectedFailure) {
                    assertEquals("fail", rootMessage(expectedFailure), "edit " + e + " step " + failAfter);
                }
                // The undo of a failed save goes through the same failing channel; what it could not do, the
                // journal lets the next writable open finish.
                FileSource.recover(p);
                byte[] now = Files.readAllBytes(p);
                assertArrayEquals(succeeded ? expected : original, now, "edit " + e + " failAfter " + failAfter);
                assertTrue(strayTemps().isEmpty());
                Files.delete(p);
            }
        }
    }

    // ---- one read contract over every kind of source ----

    private FileSource source(String kind, byte[] content) throws IOException {
        switch (kind) {
            case "bytes":
                return FileSource.of(content, "");
            case "path":
                return FileSource.open(file(content));
            case "writable-path":
                return FileSource.openWritable(file(content));
            case "pending-edits": {
                // A transaction whose pending writes restore the content: reads go through the overlay.
                byte[] scrambled = content.clone();
                for (int i = 0; i < scrambled.length; i += 7) {
                    scrambled[i] ^= 0x5A;
                }
                FileSource src = FileSource.openWritable(file(scrambled));
                for (int i = 0; i < content.length; i += 7) {
                    src.write(i, new byte[] {content[i]});
                }
                return src;
            }
            case "temp-copy": {
                FileSource src = FileSource.openWritable(file(content));
                src.insert(0, 1);
                src.delete(0, 1);
                return src;
            }
            case "short-reads":
                return FileSource.of(new DelegatingChannel(MemoryChannel.readOnly(content)) {
                    @Override
                    public int read(ByteBuffer dst) throws IOException {
                        ByteBuffer part = dst.slice();
                        part.limit(Math.min(part.remaining(), 3));
                        int n = inner.read(part);
                        if (n > 0) {
                            dst.position(dst.position() + n);
                        }
                        return n;
                    }
                }, "", false);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bytes", "path", "writable-path", "pending-edits",
        "temp-copy", "short-reads"})
    void testReadContract(String kind) throws IOException {
        byte[] content = bytes(1000, 11);
        try (FileSource src = source(kind, content)) {
            assertEquals(1000, src.size());
            assertArrayEquals(Arrays.copyOfRange(content, 10, 20), src.read(10, 10));
            assertArrayEquals(Arrays.copyOfRange(content, 990, 1000), src.read(990, 100));
            assertArrayEquals(content, src.read(0, Integer.MAX_VALUE));
            assertArrayEquals(new byte[0], src.read(1000, 5));
            assertArrayEquals(new byte[0], src.read(5000, 5));
            assertArrayEquals(Arrays.copyOfRange(content, 500, 1000),
                    src.readExactly(500, 500, ErrorFactory.GENERIC));
            assertThrows(MutagenError.class, () -> src.readExactly(500, 501, ErrorFactory.GENERIC));
            assertThrows(MutagenError.class, () -> src.readExactly(0, Integer.MAX_VALUE, ErrorFactory.GENERIC));
            ByteReader r = src.reader(996, 4, ErrorFactory.GENERIC);
            assertEquals(Bytes.u32be(content, 996), r.u32be());
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
