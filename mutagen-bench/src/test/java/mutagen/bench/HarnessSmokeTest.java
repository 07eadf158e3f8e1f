// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mutagen.File;
import mutagen.FileType;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the benchmark harness (no JMH, nothing timed): the harness code loads, reads, edits and saves files
 * through the format-neutral API, with a made-up format ({@link FakeProvider}) standing in for the real ones.
 */
class HarnessSmokeTest {
    @TempDir
    Path dir;

    private Path fake(String name, Map<String, String> tags, int audio) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, FakeProvider.build(tags, audio));
        return p;
    }

    private static Map<String, String> tags() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("title", "a title");
        t.put("frame", "abc");
        return t;
    }

    @Test
    void touchReadsInfoAndPrintsEveryValue() throws Exception {
        Path p = fake("one.fake", tags(), 2500);
        FileType f = File.open(p).orElseThrow();
        assertEquals("FakeAudio", f.getClass().getSimpleName());
        int before = FakeProvider.FakeFrame.pprints;
        long sum = Touch.file(f);
        assertEquals(before + 1, FakeProvider.FakeFrame.pprints, "the frame value is printed once");
        long expected = Double.doubleToRawLongBits(2.5)
                + "length".length() + Double.valueOf(2.5).longValue() + "bitrate".length() + 8000
                + "title".length() + 1 + "a title".length()
                + "frame".length() + "FRAME=abc".length();
        assertEquals(expected, sum);
    }

    @Test
    void touchMaterialisesNestedValues() {
        assertEquals(1 + 2 + 3, Touch.value(List.of("ab", "cde")));
        assertEquals(4, Touch.value(new byte[4]));
        assertEquals(1 + 3 + 7, Touch.value(Map.of("abc", 7)));
        assertEquals("java.lang.Object".length() + 1 + 8, Touch.value(new Object() {
            @Override
            public String toString() {
                return "java.lang.Object@12345678".substring(0, 25);
            }
        }));
    }

    /** An iterable value with a pprint(), as APETextValue. */
    public static final class PrintedSequence implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("a", "bc").iterator();
        }

        /** The text. */
        public String pprint() {
            return "a / bc";
        }
    }

    /** A byte-like value, as MP4Cover. */
    public static final class ByteLike {
        /** The bytes. */
        public byte[] data() {
            return new byte[7];
        }

        @Override
        public String toString() {
            return "ByteLike(b'\\x00...')";
        }
    }

    @Test
    void touchMaterialisesValuesInPythonsOrder() {
        assertEquals(6, Touch.value(new PrintedSequence()));
        assertEquals("p6", Touch.shape(new PrintedSequence()));
        assertEquals(7, Touch.value(new ByteLike()));
        java.util.List<Object> mixed = new java.util.ArrayList<>(List.of(new ByteLike(), "ab", 3));
        mixed.add(null);
        assertEquals("[b7,s2,n,None,]", Touch.shape(mixed));
        assertEquals(1 + 7 + 2 + 3, Touch.value(mixed));
        assertEquals("t" + "ByteLike(b'\\x00...')".length(), Touch.shape(new Object() {
            @Override
            public String toString() {
                return "ByteLike(b'\\x00...')";
            }
        }));
    }

    @Test
    void filesAreSelectedByExtensionAndKind() throws Exception {
        Path good = fake("one.fake", tags(), 10);
        Path other = dir.resolve("notes.bin");
        Files.write(other, new byte[] {1, 2, 3});
        Files.createDirectories(dir.resolve("fuzz"));
        Files.write(dir.resolve("fuzz/crash-1.fake"), FakeProvider.build(tags(), 1));
        BenchFiles.Selection all = new BenchFiles.Selection(List.of(dir), Set.of(), Set.of());
        assertEquals(List.of(other.toAbsolutePath(), good.toAbsolutePath()), BenchFiles.candidates(all));
        assertEquals(List.of(good.toAbsolutePath()), BenchFiles.readable(all));
        BenchFiles.Selection byExt = new BenchFiles.Selection(List.of(dir), Set.of("bin"), Set.of());
        assertEquals(List.of(other.toAbsolutePath()), BenchFiles.candidates(byExt));
        BenchFiles.Selection byKind = new BenchFiles.Selection(List.of(dir), Set.of(), Set.of("MP3"));
        assertEquals(List.of(), BenchFiles.readable(byKind));
    }

    @Test
    void oneFieldEditIsSavedThroughTheApi() throws Exception {
        Path p = fake("one.fake", tags(), 100);
        assertTrue(Edit.canSave(p, dir));
        Path template = dir.resolve("template.fake");
        Edit.makeTemplate(p, template);
        FileType f = Edit.openEasy(template);
        assertEquals(List.of("mutagen-bench"), f.get("title"));
        String big = Edit.outgrowingValue(Files.size(template));
        Edit.setTitle(f, big);
        f.save();
        FileType again = File.open(template).orElseThrow();
        assertEquals(List.of(big), again.get("title"));
        assertEquals(100.0 / 1000, again.info().length());
    }

    @Test
    void compareLoopPrintsOneLinePerFile() throws Exception {
        Path p = fake("one.fake", tags(), 100);
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] {0});
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        List<CompareLoop.Prepared> modes = new java.util.ArrayList<>();
        for (String mode : List.of("ours-path", "ours-bytes", "java-floor")) {
            modes.add(CompareLoop.prepare(mode, CompareLoop.reader(mode), List.of(p, junk)));
        }
        CompareLoop.warmUp(modes, 1_000_000L, 50_000_000L);
        for (CompareLoop.Prepared m : modes) {
            CompareLoop.measure(m, 1_000_000L, out);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(6, lines.length);
        assertTrue(lines[0].startsWith("ours-path\t" + p + "\tok\tFakeAudio\t"), lines[0]);
        assertTrue(lines[1].startsWith("ours-path\t" + junk + "\tnone\t\t\t0"), lines[1]);
        assertTrue(lines[2].startsWith("ours-bytes\t" + p + "\tok\tFakeAudio\t"), lines[2]);
        assertTrue(lines[4].startsWith("java-floor\t" + p + "\tok\t"), lines[4]);
        assertTrue(Long.parseLong(lines[0].split("\t")[5]) >= 3, "at least three timed reads");
    }

    @Test
    void familyBenchmarkReadsEveryFileOfTheKindInTurn() throws Exception {
        Path a = fake("a.fake", tags(), 100);
        Map<String, String> other = new LinkedHashMap<>();
        other.put("artist", "someone");
        Path b = fake("b.fake", other, 300);
        Files.write(dir.resolve("c.bin"), new byte[] {1, 2});
        String before = System.getProperty(BenchFiles.DIRS);
        System.setProperty(BenchFiles.DIRS, dir.toString());
        try {
            FamilyBenchmark bench = new FamilyBenchmark();
            bench.family = "FakeAudio";
            bench.setUp();
            assertEquals(List.of("a.fake", "b.fake"), bench.names());
            long first = Touch.file(File.open(a).orElseThrow());
            long second = Touch.file(File.open(b).orElseThrow());
            assertTrue(first != second);
            assertEquals(List.of(first, second, first), List.of(bench.openBytes(), bench.openBytes(),
                    bench.openBytes()));
            FamilyBenchmark none = new FamilyBenchmark();
            none.family = "MP4";
            assertThrows(IllegalStateException.class, none::setUp);
        } finally {
            if (before == null) {
                System.clearProperty(BenchFiles.DIRS);
            } else {
                System.setProperty(BenchFiles.DIRS, before);
            }
        }
    }

    @Test
    void floorReadsAtMost4KiB() throws Exception {
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[10_000]);
        assertEquals(4096, Floor.read4k(big));
        Path corpusFile = TestFiles.corpus("silence-44-s.mp3");
        assertEquals(4096, Floor.read4k(corpusFile));
        Path small = dir.resolve("small.bin");
        Files.write(small, new byte[10]);
        assertEquals(10, Floor.read4k(small));
    }

    @Test
    void scanLibraryIsBuiltFromLinks() throws Exception {
        Path a = fake("a.fake", tags(), 1);
        Path b = dir.resolve("b.bin");
        Files.write(b, new byte[] {9});
        Path lib = Files.createDirectory(dir.resolve("lib"));
        List<Path> files = ScanBenchmark.buildLibrary(List.of(a, b), lib, 205);
        assertEquals(205, files.size());
        assertTrue(files.get(204).toString().contains("album-002"));
        assertEquals(Files.size(a), Files.size(files.get(0)));
        assertEquals(Files.size(b), Files.size(files.get(203)));
    }

    @Test
    void jaudiotaggerReadsACorpusFile() throws Exception {
        long sum = JaudiotaggerReader.read(TestFiles.corpus("silence-44-s.flac").toFile());
        assertTrue(sum > 0);
    }
}
