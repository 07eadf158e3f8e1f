// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan's results against a one-thread loop over the same files; filters; bad files as results. */
class ScanTest {

    /** The one-thread loop: every regular file below the folder, in path order, read with {@link Scanner#read}. */
    static Map<String, String> loop(Path dir, Options options) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                ScanResult r = Scanner.read(0, p, Files.size(p), options);
                if (r.kind() != null || r.failed()) {
                    out.put(p.toString(), ScanOutput.jsonLine(r));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Map<String, String> byPath(List<ScanResult> results) {
        Map<String, String> out = new TreeMap<>();
        for (ScanResult r : results) {
            assertNull(out.put(r.path().toString(), ScanOutput.jsonLine(r)), "twice: " + r.path());
        }
        return out;
    }

    static List<ScanResult> all(Scanner s) {
        try (Stream<ScanResult> results = s.stream()) {
            return results.collect(Collectors.toList());
        }
    }

    @Test
    void orderedScanEqualsOneThreadLoopOverTheCorpora() {
        for (Path dir : List.of(TestFiles.corpusDir(), TestFiles.fixturesDir())) {
            Map<String, String> expected = loop(dir, Options.defaults());
            assertTrue(expected.size() > 20, "too few files in " + dir);
            for (int threads : new int[] {1, 2, 4}) {
                List<ScanResult> got = all(Scanner.of(dir).withThreads(threads));
                assertEquals(expected, byPath(got), dir + " with " + threads + " threads");
                for (int i = 1; i < got.size(); i++) {
                    assertTrue(got.get(i - 1).index() < got.get(i).index(), "walk order at " + got.get(i).path());
                }
            }
        }
    }

    @Test
    void corpusComesInNameOrder() {
        List<Path> names = all(Scanner.of(TestFiles.corpusDir()).withThreads(3)).stream().map(ScanResult::path)
                .collect(Collectors.toList());
        List<Path> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names);
        assertTrue(names.size() >= 95, "corpus results: " + names.size());
    }

    @Test
    void unorderedScanGivesTheSameResults() {
        Path dir = TestFiles.corpusDir();
        assertEquals(loop(dir, Options.defaults()), byPath(all(Scanner.of(dir).withThreads(4).withOrdered(false))));
    }

    @Test
    void easyKeysReadInParallelEqualTheLoop() {
        // Easy-key registries (EasyID3, EasyMP4) used by four threads at once.
        Path dir = TestFiles.corpusDir();
        Options easy = Options.defaults().withEasy(true);
        Map<String, String> got = byPath(all(Scanner.of(dir).withThreads(4).withEasy(true).withOrdered(false)));
        assertEquals(loop(dir, easy), got);
        assertTrue(got.values().stream().anyMatch(j -> j.contains("\"kind\": \"EasyMP3\"")), "no EasyMP3 in the scan");
    }

    @Test
    void badFilesAreResultsAndTheScanGoesOn(@TempDir Path dir) throws IOException {
        Files.copy(TestFiles.corpus("silence-44-s.flac"), dir.resolve("a-good.flac"));
        byte[] bad = new byte[200];
        System.arraycopy("fLaC".getBytes(), 0, bad, 0, 4);
        bad[4] = (byte) 0x7f; // a block of unknown type, then nothing
        Files.write(dir.resolve("b-bad.flac"), bad);
        Files.writeString(dir.resolve("c-notes.txt"), "no audio here");
        Files.copy(TestFiles.corpus("silence-44-s.mp3"), dir.resolve("d-good.mp3"));
        Path missing = dir.resolve("no-such-folder");

        List<ScanResult> got = all(Scanner.ofPaths(List.of(dir, missing)).withThreads(2));
        assertEquals(List.of("a-good.flac", "b-bad.flac", "d-good.mp3", "no-such-folder"),
                got.stream().map(r -> r.path().getFileName().toString()).collect(Collectors.toList()));
        assertTrue(got.get(0).loaded() && !got.get(0).failed());
        ScanResult badResult = got.get(1);
        assertEquals("FLAC", badResult.kind());
        assertInstanceOf(MutagenError.class, badResult.error());
        assertEquals("FLACError", badResult.error().getClass().getSimpleName());
        assertNull(badResult.file());
        assertEquals("MP3", got.get(2).kind());
        assertInstanceOf(MutagenError.class, got.get(3).error());
        assertNull(got.get(3).kind());

        List<ScanResult> withUnknown = all(Scanner.of(dir).withUnknown(true));
        ScanResult txt = withUnknown.get(2);
        assertEquals("c-notes.txt", txt.path().getFileName().toString());
        assertNull(txt.kind());
        assertFalse(txt.failed());
        assertFalse(txt.loaded());
    }

    @Test
    void extensionFilterAppliesInsideFolders(@TempDir Path dir) throws IOException {
        Files.copy(TestFiles.corpus("silence-44-s.flac"), dir.resolve("x.FLAC"));
        Files.copy(TestFiles.corpus("silence-44-s.mp3"), dir.resolve("y.mp3"));
        Files.createDirectory(dir.resolve("sub"));
        Files.copy(TestFiles.corpus("silence-44-s.mp3"), dir.resolve("sub/z.mp3"));
        List<String> got = all(Scanner.of(dir).withExtensions(".mp3")).stream()
                .map(r -> dir.relativize(r.path()).toString()).collect(Collectors.toList());
        assertEquals(List.of("sub/z.mp3", "y.mp3"), got);
        got = all(Scanner.of(dir).withExtensions("flac")).stream().map(r -> r.kind()).collect(Collectors.toList());
        assertEquals(List.of("FLAC"), got);
    }

    @Test
    void linksAreLeftAloneUnlessFollowed(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.copy(TestFiles.corpus("silence-44-s.mp3"), real.resolve("a.mp3"));
        Files.createSymbolicLink(dir.resolve("link.mp3"), real.resolve("a.mp3"));
        Files.createSymbolicLink(dir.resolve("linked-dir"), real);
        Files.createSymbolicLink(real.resolve("loop"), dir);

        List<String> plain = all(Scanner.of(dir)).stream().map(r -> dir.relativize(r.path()).toString())
                .collect(Collectors.toList());
        assertEquals(List.of("real/a.mp3"), plain);

        List<ScanResult> followed = all(Scanner.of(dir).withFollowLinks(true));
        List<String> loaded = followed.stream().filter(ScanResult::loaded)
                .map(r -> dir.relativize(r.path()).toString()).collect(Collectors.toList());
        assertEquals(List.of("link.mp3", "linked-dir/a.mp3", "real/a.mp3"), loaded);
        // Each way into the loop ends at a folder already on the path: reported, not walked forever.
        long loops = followed.stream().filter(ScanResult::failed).count();
        assertTrue(loops >= 1 && loops <= 3, "loop errors: " + loops);
        assertTrue(followed.stream().filter(ScanResult::failed)
                .allMatch(r -> r.error().getCause() instanceof java.nio.file.FileSystemLoopException));
    }

    @Test
    void mapRunsOnTheReadersAndKeepsTheOrder() {
        Path dir = TestFiles.corpusDir();
        List<String> mapped;
        try (Stream<String> s = Scanner.of(dir).withThreads(2)
                .map(r -> Thread.currentThread().getName() + "|" + ScanOutput.jsonLine(r))) {
            mapped = s.collect(Collectors.toList());
        }
        // Two reading threads: the scan's one and the consumer's (which reads while it waits).
        String consumer = Thread.currentThread().getName();
        assertTrue(mapped.stream().allMatch(m -> m.matches("mutagen-scan-\\d+-reader-1\\|.*")
                || m.startsWith(consumer + "|")), mapped.get(0));
        List<String> lines = mapped.stream().map(m -> m.substring(m.indexOf('|') + 1)).collect(Collectors.toList());
        assertEquals(new ArrayList<>(loop(dir, Options.defaults()).values()), lines);

        List<String> before = new ArrayList<>();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> {
            try (Stream<String> s = Scanner.of(dir).map(r -> {
                if (r.path().getFileName().toString().equals("adif.aac")) {
                    throw new IllegalStateException("mapper failed on " + r.path().getFileName());
                }
                return r.path().getFileName().toString();
            })) {
                s.forEach(before::add);
            }
        });
        assertEquals("mapper failed on adif.aac", e.getMessage());
        assertTrue(before.size() >= 10 && before.get(before.size() - 1).compareTo("adif.aac") < 0, before.toString());
    }

    @Test
    void resultsGiveInfoAndSortedTags() {
        ScanResult r = Scanner.read(7, TestFiles.corpus("silence-44-s.flac"), 1, Options.defaults());
        assertEquals(7, r.index());
        assertEquals(44100, r.info().get("sample_rate"));
        Map<String, Object> tags = r.tags();
        assertNotNull(tags);
        assertEquals(new ArrayList<>(new TreeMap<>(tags).keySet()), new ArrayList<>(tags.keySet()));
        assertEquals(List.of("Quod Libet Test Data"), tags.get("album"));
    }
}
