// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.stream.Stream;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.scan.ScanOutput;
import mutagen.scan.ScanResult;
import mutagen.scan.Scanner;
import mutagen.util.FileSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz target {@code scan}: mutagen-scan's one-file read over every installed provider, plain and easy, then the
 * result rendered as a JSON line and a CSV row (every tag value goes through {@link ScanOutput#render}). The rule:
 * the read never throws, its error is a {@link MutagenError} or none (a RuntimeException there is a format's bug
 * the scan caught), and the JSON rendering is one object on one line. Seeded with the whole corpus. The save side is the other
 * targets' ({@code any} and each format's): the scan only reads.
 */
class ScanFuzzTest {
    private static final Path NAME = Path.of("fuzz.bin");

    static Stream<Arguments> seeds() {
        return AnyFormatFuzzTest.seeds(); // the same seeds: the whole corpus
    }

    @MethodSource("seeds")
    @FuzzTest
    void fuzz(byte[] data) {
        for (boolean easy : new boolean[] {false, true}) {
            ScanResult r = Scanner.read(0, NAME, data.length, FileSource.of(data, NAME.toString()),
                    Options.defaults().withEasy(easy));
            assertTrue(r.error() == null || r.error() instanceof MutagenError, () -> "scan error " + r.error());
            assertEquals(NAME, r.path());
            String json = ScanOutput.jsonLine(r).stripTrailing();
            assertFalse(json.contains("\n"), json);
            assertTrue(json.startsWith("{") && json.endsWith("}"), json);
            assertFalse(ScanOutput.csvRow(r).isEmpty());
        }
    }
}
