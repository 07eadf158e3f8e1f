// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One format under fuzzing, a row of {@link FuzzFormats}: how its bytes are opened, what is touched beyond the
 * generic {@link Touch} (the format's own structures), the edit that is saved and must be read back, and where its
 * seeds are.
 *
 * @param name the target's name ({@code flac}: {@code fuzz/run flac 600})
 * @param type the file class this row describes (the generic target picks the row of the class that opened)
 * @param provider the format's provider: opens the bytes directly, whatever their score
 * @param seedGlobs globs over mutagen's corpus file names and {@code test-files/} paths ({@code *.flac})
 * @param inspect touches the format's own structures
 * @param edit the edit saved through a memory channel
 */
record FuzzFormat(String name, Class<? extends FileType> type, FormatProvider provider, List<String> seedGlobs,
        Inspector inspect, Edit edit) {

    /** Touches what a loaded file of this format holds. */
    @FunctionalInterface
    interface Inspector {
        /** Reads every structure; a failure is a finding unless it is a {@link MutagenError}. */
        void touch(FileType file) throws IOException;
    }

    /** An edit that a save must keep. */
    interface Edit {
        /** Changes the loaded file; a {@link MutagenError} means the file cannot take this edit (not a finding). */
        void apply(FileType file) throws IOException;

        /** Why the reopened file does not show the edit, or {@code null} when it does. */
        String missing(FileType reopened);
    }

    /** Opens bytes as this format ({@code name}: the file name taking part in nothing but errors). */
    FileType open(byte[] data) throws IOException {
        return provider.open(FileSource.of(data, ""), Options.defaults());
    }

    /** The seed files: corpus files and fixtures whose names match a glob, sorted. */
    List<Path> seedFiles() {
        List<Path> out = new ArrayList<>();
        for (String glob : seedGlobs) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            for (Path p : TestFiles.allCorpusFiles()) {
                if (m.matches(p.getFileName())) {
                    out.add(p);
                }
            }
            Path fixtures = TestFiles.fixturesDir();
            try (Stream<Path> s = Files.walk(fixtures)) {
                s.filter(Files::isRegularFile).filter(p -> m.matches(p.getFileName())).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new AssertionError("cannot list " + fixtures, e);
            }
        }
        if (out.isEmpty()) {
            throw new AssertionError("no seed files for the " + name + " fuzz target match " + seedGlobs);
        }
        return out.stream().distinct().sorted().toList();
    }

    /** The seeds as named test arguments (a target's {@code @MethodSource}). */
    Stream<Arguments> seeds() {
        return seedFiles().stream().map(p -> Arguments.of(Named.of(p.getFileName().toString(), read(p))));
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new AssertionError("cannot read seed " + p, e);
        }
    }
}
