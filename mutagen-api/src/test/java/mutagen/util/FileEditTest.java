// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__util.py::TMoveMixin, FileHandling and Tresize_file (the file surgery of mutagen._util),
// run on a file channel and on an in-memory channel. One deliberate difference: mutagen's insert_bytes leaves stale
// bytes in the inserted area (b"abcd" -> b"abcd\x00d"), ours fills it with zeros (b"abc\x00\x00d"); every caller
// overwrites the whole area it inserts, so saved files are the same.
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileEditTest {
    @TempDir
    Path dir;

    private int counter;

    private SeekableByteChannel file(String kind, byte[] contents) throws IOException {
        if (kind.equals("memory")) {
            return MemoryChannel.writable(contents);
        }
        Path p = Files.write(dir.resolve("f" + counter++), contents);
        return FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private SeekableByteChannel file(String kind, String contents) throws IOException {
        return file(kind, contents.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] read(SeekableByteChannel ch) throws IOException {
        byte[] out = new byte[(int) ch.size()];
        ByteBuffer buf = ByteBuffer.wrap(out);
        ch.position(0);
        while (buf.hasRemaining() && ch.read(buf) > 0) {
            // keep reading
        }
        return out;
    }

    private static String text(SeekableByteChannel ch) throws IOException {
        return new String(read(ch), StandardCharsets.ISO_8859_1);
    }

    // ---- TMoveMixin ----

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testBasic(String kind) throws IOException {
        try (SeekableByteChannel h = file(kind, "abc123")) {
            FileEdit.moveBytes(h, 0, 1, 4);
            assertEquals("bc1223", text(h));
        }
        try (SeekableByteChannel h = file(kind, "abc123")) {
            FileEdit.moveBytes(h, 1, 0, 4);
            assertEquals("aabc13", text(h));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testInvalidParams(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "foo")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.moveBytes(o, -1, 0, 0));
            assertThrows(IllegalArgumentException.class, () -> FileEdit.moveBytes(o, 0, -1, 0));
            assertThrows(IllegalArgumentException.class, () -> FileEdit.moveBytes(o, 0, 0, -1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testOutsideFile(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "foo")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.moveBytes(o, 0, 0, 4));
            assertThrows(IllegalArgumentException.class, () -> FileEdit.moveBytes(o, 0, 1, 3));
            assertThrows(IllegalArgumentException.class, () -> FileEdit.moveBytes(o, 1, 0, 3));
            assertEquals("foo", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testOk(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "foo")) {
            FileEdit.moveBytes(o, 0, 1, 2);
            FileEdit.moveBytes(o, 1, 0, 2);
            assertEquals("ooo", text(o));
        }
    }

    // ---- FileHandling ----

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testResizeDecrease(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcd")) {
            FileEdit.resizeBytes(o, 2, 1, 1);
            assertEquals("abd", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testResizeIncrease(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcd")) {
            FileEdit.resizeBytes(o, 2, 4, 1);
            assertEquals("abc\0\0d", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testResizeNothing(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcd")) {
            FileEdit.resizeBytes(o, 2, 2, 1);
            assertEquals("abcd", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testInsertIntoEmpty(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "")) {
            FileEdit.insertBytes(o, 8, 0);
            assertArrayEquals(new byte[8], read(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testInsertBeforeOne(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "a")) {
            FileEdit.insertBytes(o, 8, 0);
            assertEquals("\0\0\0\0\0\0\0\0a", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testInsertAfterOne(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "a")) {
            FileEdit.insertBytes(o, 8, 1);
            assertEquals("a\0\0\0\0\0\0\0\0", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testInsertAfterFile(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "a")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.insertBytes(o, 1, 2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testSmallerThanFileMiddle(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefghij")) {
            FileEdit.insertBytes(o, 4, 4);
            assertEquals("abcd\0\0\0\0efghij", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testSmallerThanFileToEnd(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefghij")) {
            FileEdit.insertBytes(o, 4, 6);
            assertEquals("abcdef\0\0\0\0ghij", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testSmallerThanFileAcrossEnd(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefghij")) {
            FileEdit.insertBytes(o, 4, 8);
            assertEquals("abcdefgh\0\0\0\0ij", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testSmallerThanFileAtEnd(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefghij")) {
            FileEdit.insertBytes(o, 3, 10);
            assertEquals("abcdefghij\0\0\0", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testSmallerThanFileAtBeginning(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefghij")) {
            FileEdit.insertBytes(o, 3, 0);
            assertEquals("\0\0\0abcdefghij", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testZero(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefghij")) {
            FileEdit.insertBytes(o, 0, 1);
            assertEquals("abcdefghij", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testNegative(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefghij")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.insertBytes(o, 8, -1));
            assertThrows(IllegalArgumentException.class, () -> FileEdit.insertBytes(o, -1, 0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteOne(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "a")) {
            FileEdit.deleteBytes(o, 1, 0);
            assertEquals("", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteFirstOfTwo(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "ab")) {
            FileEdit.deleteBytes(o, 1, 0);
            assertEquals("b", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteSecondOfTwo(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "ab")) {
            FileEdit.deleteBytes(o, 1, 1);
            assertEquals("a", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteThirdOfTwo(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "ab")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.deleteBytes(o, 1, 2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteMiddle(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefg")) {
            FileEdit.deleteBytes(o, 3, 2);
            assertEquals("abfg", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteAcrossEnd(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefg")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.deleteBytes(o, 4, 8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteZero(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefg")) {
            FileEdit.deleteBytes(o, 0, 3);
            assertEquals("abcdefg", text(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDeleteNegative(String kind) throws IOException {
        try (SeekableByteChannel o = file(kind, "abcdefg")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.deleteBytes(o, 4, -8));
        }
    }

    private static byte[] numbers() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12574; i++) {
            sb.append(i);
        }
        byte[] data = sb.toString().getBytes(StandardCharsets.US_ASCII);
        assertEquals(51760, data.length);
        return data;
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testInsert61067951760(String kind) throws IOException {
        byte[] data = numbers();
        try (SeekableByteChannel o = file(kind, data)) {
            FileEdit.insertBytes(o, 6106, 79);
            byte[] expected = new byte[data.length + 6106];
            System.arraycopy(data, 0, expected, 0, 79);
            System.arraycopy(data, 79, expected, 79 + 6106, data.length - 79);
            assertArrayEquals(expected, read(o));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testDelete61067951760(String kind) throws IOException {
        byte[] data = numbers();
        byte[] grown = new byte[data.length + 6106];
        System.arraycopy(data, 0, grown, 0, 6106 + 79);
        System.arraycopy(data, 79, grown, 6106 + 79, data.length - 79);
        try (SeekableByteChannel o = file(kind, grown)) {
            FileEdit.deleteBytes(o, 6106, 79);
            assertArrayEquals(data, read(o));
        }
    }

    // Port of FileHandling.test_many_changes with a fixed seed: random insertions, then their undoing.
    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testManyChanges(String kind) throws IOException {
        Random random = new Random(1234);
        for (int run = 0; run < 2; run++) {
            byte[] data = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
            try (SeekableByteChannel o = file(kind, data)) {
                long fileSize = data.length;
                long[][] changes = new long[100][];
                for (int i = 0; i < changes.length; i++) {
                    long size = 500 + random.nextInt(500);
                    long offset = (long) (random.nextDouble() * fileSize);
                    fileSize += size;
                    changes[i] = new long[] {offset, size};
                }
                for (long[] c : changes) {
                    FileEdit.insertBytes(o, c[1], c[0]);
                }
                assertNotEquals(Arrays.toString(data), Arrays.toString(Arrays.copyOf(read(o), data.length)));
                assertEquals(fileSize, o.size());
                for (int i = changes.length - 1; i >= 0; i--) {
                    FileEdit.deleteBytes(o, changes[i][1], changes[i][0]);
                }
                assertArrayEquals(data, read(o));
            }
        }
    }

    // ---- Tresize_file ----

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testResize(String kind) throws IOException {
        try (SeekableByteChannel h = file(kind, "")) {
            FileEdit.insertBytes(h, 0, 0);
            assertEquals(0, h.size());
            assertThrows(IllegalArgumentException.class, () -> FileEdit.deleteBytes(h, 1, 0));
            FileEdit.insertBytes(h, 1, 0);
            assertArrayEquals(new byte[1], read(h));
            FileEdit.insertBytes(h, 1 << 17, 1);
            assertArrayEquals(new byte[(1 << 17) + 1], read(h));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testResizeContent(String kind) throws IOException {
        try (SeekableByteChannel h = file(kind, "abc")) {
            assertThrows(IllegalArgumentException.class, () -> FileEdit.deleteBytes(h, 4, 0));
            FileEdit.deleteBytes(h, 1, 2);
            assertEquals("ab", text(h));
            FileEdit.insertBytes(h, 2, 2);
            assertEquals("ab\0\0", text(h));
        }
    }

    // Port of Tresize_file.test_resize_dev_full: a failed growth leaves the old length.
    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testResizeDevFull(String kind) throws IOException {
        try (SeekableByteChannel inner = file(kind, "abc")) {
            SeekableByteChannel full = new DelegatingChannel(inner) {
                @Override
                public int write(ByteBuffer src) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
            assertThrows(IOException.class, () -> FileEdit.insertBytes(full, 1, 0));
            assertEquals(3, inner.size());
            assertEquals("abc", text(inner));
        }
    }

    // ---- beyond mutagen: every operation at the start, middle and end, against an in-memory model ----

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testRandomisedAgainstModel(String kind) throws IOException {
        Random random = new Random(42);
        int[] sizes = {0, 1, 2, 100, FileEdit.BUFFER_SIZE - 1, FileEdit.BUFFER_SIZE, FileEdit.BUFFER_SIZE + 1,
            3 * FileEdit.BUFFER_SIZE + 17, 3_000_000 + random.nextInt(1_000_000)};
        for (int size : sizes) {
            byte[] model = new byte[size];
            random.nextBytes(model);
            try (SeekableByteChannel ch = file(kind, model)) {
                for (int step = 0; step < 12; step++) {
                    int len = model.length;
                    long where;
                    switch (step % 3) {
                        case 0: where = 0; break;
                        case 1: where = len / 2; break;
                        default: where = len; break;
                    }
                    int amount = random.nextBoolean() ? random.nextInt(10) : random.nextInt(200_000);
                    switch (step % 4) {
                        case 0:
                            FileEdit.insertBytes(ch, amount, where);
                            model = insert(model, (int) where, amount);
                            break;
                        case 1: {
                            int n = (int) Math.min(amount, len - where);
                            FileEdit.deleteBytes(ch, n, where);
                            model = delete(model, (int) where, n);
                            break;
                        }
                        case 2: {
                            int old = (int) Math.min(amount, len - where);
                            int now = random.nextInt(2 * old + 5);
                            FileEdit.resizeBytes(ch, old, now, where);
                            model = now < old ? delete(model, (int) where + now, old - now)
                                    : insert(model, (int) where + old, now - old);
                            break;
                        }
                        default: {
                            int count = random.nextInt(len + 1);
                            int src = random.nextInt(len - count + 1);
                            int dest = random.nextInt(len - count + 1);
                            FileEdit.moveBytes(ch, dest, src, count);
                            System.arraycopy(model.clone(), src, model, dest, count);
                            break;
                        }
                    }
                    assertEquals(model.length, ch.size(), "size " + size + " step " + step);
                }
                assertArrayEquals(model, read(ch), "size " + size);
            }
        }
    }

    static byte[] insert(byte[] data, int at, int n) {
        byte[] out = new byte[data.length + n];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(data, at, out, at + n, data.length - at);
        return out;
    }

    static byte[] delete(byte[] data, int at, int n) {
        byte[] out = new byte[data.length - n];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(data, at + n, out, at, data.length - at - n);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testCopyAndZero(String kind) throws IOException {
        try (SeekableByteChannel a = file(kind, "0123456789"); SeekableByteChannel b = file(kind, "abcdef")) {
            FileEdit.copy(a, 2, b, 4, 5);
            assertEquals("abcd23456", text(b));
            FileEdit.zero(b, 1, 2);
            assertEquals("a\0\0d23456", text(b));
            FileEdit.copy(a, 0, b, 0, 0);
            assertEquals("a\0\0d23456", text(b));
            assertThrows(java.io.EOFException.class, () -> FileEdit.copy(a, 8, b, 0, 5));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "memory"})
    void testChannelsThatStallAreRefused(String kind) throws IOException {
        try (SeekableByteChannel inner = file(kind, "abcdef")) {
            SeekableByteChannel stalls = new DelegatingChannel(inner) {
                @Override
                public int read(ByteBuffer dst) {
                    return 0;
                }

                @Override
                public int write(ByteBuffer src) {
                    return 0;
                }
            };
            assertThrows(IOException.class, () -> FileEdit.moveBytes(stalls, 0, 1, 3));
            assertThrows(IOException.class, () -> FileEdit.zero(stalls, 0, 3));
        }
    }
}
