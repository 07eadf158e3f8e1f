// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds test data: mutagen's own test files (the shared corpus, read in place) and the project's fixtures in
 * {@code test-files/}. A missing folder fails the test with a message saying where the files come from; nothing is
 * ever skipped.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class TestFiles {
    /** The system property naming the corpus folder (set by the parent pom). */
    public static final String CORPUS_PROPERTY = "mutagen.corpus";
    /** The system property naming the project's {@code test-files} folder. */
    public static final String FIXTURES_PROPERTY = "mutagen.testfiles";

    private TestFiles() {
    }

    /** The corpus folder. */
    public static Path corpusDir() {
        String dir = System.getProperty(CORPUS_PROPERTY);
        Path p = dir != null ? Path.of(dir) : Path.of("../shared/corpus/mutagen");
        if (!Files.isDirectory(p)) {
            throw new AssertionError("mutagen's test corpus is missing at " + p.toAbsolutePath()
                    + ": check out ../shared beside the repository (it holds corpus/mutagen, the tests/data folder"
                    + " of mutagen 1.48.1) or point -D" + CORPUS_PROPERTY + "=DIR at a copy");
        }
        return p.normalize();
    }

    /** A file of mutagen's corpus, e.g. {@code corpus("silence-44-s.flac")}. */
    public static Path corpus(String name) {
        Path p = corpusDir().resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("corpus file missing: " + p.toAbsolutePath());
        }
        return p;
    }

    /** Every file of the corpus, sorted by name. */
    public static List<Path> allCorpusFiles() {
        try (Stream<Path> s = Files.list(corpusDir())) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's fixtures folder ({@code test-files/}). */
    public static Path fixturesDir() {
        String dir = System.getProperty(FIXTURES_PROPERTY);
        Path p = dir != null ? Path.of(dir) : Path.of("../test-files");
        if (!Files.isDirectory(p)) {
            throw new AssertionError("test-files folder missing at " + p.toAbsolutePath());
        }
        return p.normalize();
    }

    /** A fixture, e.g. {@code fixture("flac/106-....flac")}. */
    public static Path fixture(String relative) {
        Path p = fixturesDir().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new AssertionError("fixture missing: " + p.toAbsolutePath());
        }
        return p;
    }

    /** A writable copy of a file in {@code dir} (a JUnit {@code @TempDir}); mutagen's {@code get_temp_copy}. */
    public static Path tempCopy(Path original, Path dir) {
        try {
            Path copy = Files.createTempFile(dir, "copy-", "-" + original.getFileName());
            Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file. */
    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
