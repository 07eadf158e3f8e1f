// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mutagen.testkit.TestFiles;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleFileTest {
    private static final Path TAGGED = TestFiles.fixture("example/44100-2-1.5s-tags.mutex");
    private static final Path UNTAGGED = TestFiles.fixture("example/8000-1-1s-notags.mutex");

    @TempDir
    Path dir;

    @Test
    void testInfo() throws IOException {
        ExampleFile f = new ExampleFile(TAGGED);
        assertEquals(44100, f.info().sampleRate());
        assertEquals(2, f.info().channels());
        assertEquals(66150, f.info().totalSamples());
        assertEquals(1.5, f.info().length());
        assertEquals("MUTAGEN-EXAMPLE, 44100 Hz, 2 channels, 1.50 seconds", f.info().pprint());
        assertEquals(Map.of("length", 1.5, "sample_rate", 44100L, "channels", 2, "total_samples", 66150L),
                f.info().attributes());
        assertEquals(TAGGED, f.filename());
        assertEquals(List.of("audio/x-mutagen-example", "application/octet-stream"), f.mime());
    }

    @Test
    void testTags() throws IOException {
        ExampleFile f = new ExampleFile(TAGGED);
        assertEquals(List.of("title", "artist", "comment"), f.keys());
        assertEquals("caf\u00e9", f.tags().get("comment"));
        assertEquals("MUTAGEN-EXAMPLE, 44100 Hz, 2 channels, 1.50 seconds (audio/x-mutagen-example)\n"
                + "title=Example\nartist=mutagen-java\ncomment=caf\u00e9", f.pprint());
        assertNull(new ExampleFile(UNTAGGED).tags());
        assertThrows(IllegalArgumentException.class, () -> f.put("a=b", "x"));
        assertThrows(IllegalArgumentException.class, () -> f.put("", "x"));
        assertThrows(IllegalArgumentException.class, () -> f.put("k", 1));
    }

    @Test
    void testSaveInPaddingKeepsTheFileInPlace() throws IOException {
        Path p = TestFiles.tempCopy(TAGGED, dir);
        Object key = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        ExampleFile f = new ExampleFile(p);
        f.put("title", "Changed");
        f.save();
        assertEquals(4156, Files.size(p));
        assertEquals(key, Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals("Changed", new ExampleFile(p).get("title"));
        // The audio data is untouched.
        byte[] before = TestFiles.bytes(TAGGED);
        byte[] after = Files.readAllBytes(p);
        assertArrayEquals(Arrays.copyOfRange(before, before.length - 4000, before.length),
                Arrays.copyOfRange(after, after.length - 4000, after.length));
    }

    @Test
    void testSaveGrowsWithDefaultPadding() throws IOException {
        Path p = TestFiles.tempCopy(UNTAGGED, dir);
        ExampleFile f = new ExampleFile(p);
        f.put("title", "x".repeat(100));
        f.save();
        // 2 + 5 + 4 + 100 bytes of entry, 2 of terminator, then mutagen's default 1024 + size // 1000 of padding.
        long region = 113 + 1024 + 1000 / 1000;
        assertEquals(30 + region + 1000, Files.size(p));
        assertEquals("x".repeat(100), new ExampleFile(p).get("title"));
    }

    @Test
    void testSaveWithPaddingFunction() throws IOException {
        Path p = TestFiles.tempCopy(TAGGED, dir);
        ExampleFile f = new ExampleFile(p);
        f.save(p, info -> 0);
        byte[] data = Files.readAllBytes(p);
        assertEquals(30 + 62 + 4000, data.length);
        f.save(p, info -> 10);
        assertEquals(30 + 72 + 4000, Files.size(p));
        assertEquals("Example", new ExampleFile(p).get("title"));
    }

    @Test
    void testDelete() throws IOException {
        Path p = TestFiles.tempCopy(TAGGED, dir);
        ExampleFile f = new ExampleFile(p);
        f.delete();
        assertNull(f.tags());
        assertEquals(30 + 4000, Files.size(p));
        assertNull(new ExampleFile(p).tags());
    }

    private static byte[] header(long rate, long tagSize) {
        byte[] h = new byte[30];
        System.arraycopy(Bytes.ascii("MUTAGEN-EXAMPLE"), 0, h, 0, 15);
        h[15] = 1;
        Bytes.put32be(h, 16, rate);
        Bytes.put32be(h, 26, tagSize);
        return h;
    }

    @Test
    void testHostileInputsAreExampleErrors() {
        // A 2^31-1 byte tag region in a 30-byte file: rejected before anything is allocated.
        ExampleError e = assertThrows(ExampleError.class,
                () -> new ExampleFile(FileSource.of(header(44100, Integer.MAX_VALUE), "")));
        assertEquals("tag region of 2147483647 bytes at offset 30 exceeds the 0 bytes left", e.getMessage());
        // A value length larger than the region.
        byte[] h = header(44100, 12);
        byte[] file = Arrays.copyOf(h, 42);
        file[31] = 1;
        file[32] = 'k';
        Bytes.put32be(file, 33, 0x7FFFFFFFL);
        assertThrows(ExampleError.class, () -> new ExampleFile(FileSource.of(file, "")));
        assertThrows(ExampleError.class, () -> new ExampleFile(FileSource.of(header(0, 0), "")));
        assertThrows(ExampleError.class, () -> new ExampleFile(FileSource.of(new byte[10], "")));
        assertThrows(ExampleError.class, () -> new ExampleFile(FileSource.of(Arrays.copyOf(header(1, 0), 20), "")));
        byte[] v2 = header(1, 0);
        v2[15] = 2;
        assertEquals("unsupported MUTAGEN-EXAMPLE version 2, expected 1",
                assertThrows(ExampleError.class, () -> new ExampleFile(FileSource.of(v2, ""))).getMessage());
        // Every truncation of a real file is an ExampleError or loads.
        byte[] real = TestFiles.bytes(TAGGED);
        for (int n = 0; n < 130; n++) {
            byte[] cut = Arrays.copyOf(real, n);
            try {
                new ExampleFile(FileSource.of(cut, ""));
                assertTrue(n >= 30, "loaded a file of " + n + " bytes");
            } catch (ExampleError expected) {
                assertTrue(expected.getMessage().length() > 0);
            } catch (IOException other) {
                throw new AssertionError("not an ExampleError: " + other, other);
            }
        }
    }
}
