// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;

/** Where the compatibility tests find their own files, the corpus and the fixtures. */
final class CompatFiles {
    private CompatFiles() {
    }

    /** The compat-tests module folder (system property {@code mutagen.compat.dir}, else the working folder). */
    static Path moduleDir() {
        String dir = System.getProperty("mutagen.compat.dir");
        return (dir != null ? Path.of(dir) : Path.of("")).toAbsolutePath().normalize();
    }

    /** The Python worker. */
    static Path oracleScript() {
        return moduleDir().resolve("src/test/python/oracle.py");
    }

    /** The reviewed list of accepted differences. */
    static Path knownDifferences() {
        return moduleDir().resolve("known-differences.txt");
    }

    /** Where the report goes. */
    static Path report() {
        String p = System.getProperty("mutagen.compat.report");
        return p != null ? Path.of(p) : moduleDir().resolve("target/compat-report.md");
    }

    static Path corpusDir() {
        return TestFiles.corpusDir().toAbsolutePath().normalize();
    }

    /** The project's test-files folder, or null when the project has none yet. */
    static Path fixturesDirOrNull() {
        String dir = System.getProperty(TestFiles.FIXTURES_PROPERTY);
        Path p = dir != null ? Path.of(dir) : Path.of("../test-files");
        return Files.isDirectory(p) ? p.toAbsolutePath().normalize() : null;
    }

    /** A case of the read differential: an id for reports and known-differences.txt, and a file. */
    record Source(String id, Path path) {
    }

    /** Every corpus file ({@code corpus/NAME}) and every fixture ({@code test-files/REL}, READMEs left out). */
    static List<Source> allSources() {
        List<Source> out = new ArrayList<>();
        for (Path p : TestFiles.allCorpusFiles()) {
            out.add(new Source("corpus/" + p.getFileName(), p.toAbsolutePath().normalize()));
        }
        Path fixtures = fixturesDirOrNull();
        if (fixtures != null) {
            try (Stream<Path> s = Files.walk(fixtures)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("README"))
                        .sorted()
                        .forEach(p -> out.add(new Source("test-files/" + fixtures.relativize(p).toString()
                                .replace('\\', '/'), p.toAbsolutePath().normalize())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
