// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz target {@code any}: {@code File.open(byte[])} over every installed provider; a file that opens is read through,
 * and, when its format has a row in {@link FuzzFormats}, edited, saved and reopened. Seeded with the whole corpus.
 */
class AnyFormatFuzzTest {
    static Stream<Arguments> seeds() {
        return TestFiles.allCorpusFiles().stream()
                .map(p -> Arguments.of(Named.of(p.getFileName().toString(), FuzzFormat.read(p))));
    }

    @MethodSource("seeds")
    @FuzzTest
    void fuzz(byte[] data) {
        FuzzCheck.any(data);
    }
}
