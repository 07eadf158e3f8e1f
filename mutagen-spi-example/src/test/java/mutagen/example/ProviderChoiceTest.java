// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TFile (the format-neutral cases), with the example format and test providers.
package mutagen.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

class ProviderChoiceTest {
    private static final Path SAMPLE = TestFiles.fixture("example/44100-2-1.5s-tags.mutex");

    /** A provider of a fixed kind name and score that opens everything as the example format. */
    static final class NamedProvider implements FormatProvider {
        private final String kind;
        private final int score;

        NamedProvider(String kind, int score) {
            this.kind = kind;
            this.score = score;
        }

        @Override
        public String kindName() {
            return kind;
        }

        @Override
        public int score(ProbeInput input) {
            return score;
        }

        @Override
        public FileType open(FileSource source, Options options) throws IOException {
            return new ExampleFile(source);
        }
    }

    /** A provider whose scoring fails. */
    static final class BrokenProvider implements FormatProvider {
        @Override
        public String kindName() {
            return "ZZZBroken";
        }

        @Override
        public int score(ProbeInput input) throws IOException {
            throw new IOException("cannot score");
        }

        @Override
        public FileType open(FileSource source, Options options) {
            throw new AssertionError("a provider that failed to score must not open");
        }
    }

    private static FormatProvider choose(Path path, List<FormatProvider> providers) throws IOException {
        try (FileSource source = FileSource.open(path)) {
            return File.choose(ProbeInput.of(source), Options.defaults().withProviders(providers));
        }
    }

    @Test
    void testScoreTable() throws IOException {
        ExampleProvider p = new ExampleProvider();
        try (FileSource s = FileSource.open(SAMPLE)) {
            assertEquals(3, p.score(ProbeInput.of(s)));
        }
        assertEquals(2, p.score(ProbeInput.of(FileSource.of(TestFiles.bytes(SAMPLE), "x.bin"))));
        assertEquals(1, p.score(ProbeInput.of(FileSource.of(new byte[10], "SONG.MUTEX"))));
        assertEquals(0, p.score(ProbeInput.of(FileSource.of(new byte[10], "song.flac"))));
    }

    @Test
    void testHigherScoreWins() throws IOException {
        NamedProvider low = new NamedProvider("Zzz", 2);
        ExampleProvider real = new ExampleProvider();
        assertSame(real, choose(SAMPLE, List.of(low, real)));
        assertSame(real, choose(SAMPLE, List.of(real, low)));
    }

    @Test
    void testTiesGoToTheGreatestKindName() throws IOException {
        // mutagen sorts (score, Kind.__name__) ascending and takes the last.
        NamedProvider a = new NamedProvider("AlphaFile", 5);
        NamedProvider b = new NamedProvider("BetaFile", 5);
        assertSame(b, choose(SAMPLE, List.of(a, b)));
        assertSame(b, choose(SAMPLE, List.of(b, a)));
        // Code point order, as Python compares str: "a" > "Z".
        NamedProvider lower = new NamedProvider("aFile", 5);
        assertSame(lower, choose(SAMPLE, List.of(b, lower, a)));
        Optional<FileType> f = File.open(SAMPLE, Options.defaults().withProviders(List.of(a, b)));
        assertTrue(f.isPresent());
    }

    @Test
    void testNoPositiveScoreIsEmpty() throws IOException {
        assertNull(choose(SAMPLE, List.of(new NamedProvider("A", 0), new NamedProvider("B", -1))));
        assertEquals(Optional.empty(), File.open(SAMPLE, Options.defaults().withProviders(
                List.of(new NamedProvider("A", 0)))));
        assertEquals(Optional.empty(), File.open(TestFiles.bytes(SAMPLE), "", Options.defaults().withProviders(
                List.of(new NamedProvider("A", -3)))));
    }

    @Test
    void testNoOptions() throws IOException {
        assertEquals(Optional.empty(), File.open(SAMPLE, Options.defaults().withProviders(List.of())));
    }

    @Test
    void testThrowingScoreCountsAsNoMatch() throws IOException {
        assertNull(choose(SAMPLE, List.of(new BrokenProvider())));
        NamedProvider weak = new NamedProvider("A", 1);
        assertSame(weak, choose(SAMPLE, List.of(new BrokenProvider(), weak)));
    }

    @Test
    void testBad() throws IOException {
        // Port of TFile.test_bad / test_empty: nothing installed matches a file that is not a known format.
        assertEquals(Optional.empty(), File.open(new byte[0]));
        assertEquals(Optional.empty(), File.open(new byte[200]));
    }

    @Test
    void testNotFile(@org.junit.jupiter.api.io.TempDir Path dir) {
        // Port of TFile.test_not_file.
        assertThrows(MutagenError.class, () -> File.open(dir.resolve("doesnotexist")));
    }

    @Test
    void testOpenErrorOfTheChosenFormatPropagates() {
        // A ".mutex" name scores 1, so the example format is chosen, and its error is raised (as in mutagen).
        ExampleError e = assertThrows(ExampleError.class, () -> File.open(new byte[40], "x.mutex",
                Options.defaults()));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }
}
