// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mutagen-scan tool: output forms, summary, progress line, exit codes. */
class MutagenScanTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    int run(boolean tty, String... args) {
        return MutagenScan.run(List.of(args), out, err, tty);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLinesOfTheCorpusWithFailuresExitOne() {
        String dir = TestFiles.corpusDir().toString();
        assertEquals(1, run(false, "--threads", "2", dir));
        List<String> lines = out().lines().toList();
        assertTrue(lines.size() >= 95, "lines: " + lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"path\": ") && l.endsWith("}")));
        long failed = lines.stream().filter(l -> !l.endsWith("\"error\": null}")).count();
        assertTrue(failed > 0);
        assertTrue(err().startsWith("mutagen-scan: " + lines.size() + " files in "), err());
        assertTrue(err().contains(", " + failed + " failed, "), err());
        assertTrue(err().contains("\n  FLAC "), err());
        assertTrue(!err().contains("\r"), "a progress line without a terminal");
    }

    @Test
    void csvToAFileWithProgressAndExtensions(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("scan.csv");
        assertEquals(0, run(true, "-e", "wv,m4a", "--easy", "--unordered", "--output", csv.toString(),
                TestFiles.fixturesDir().toString()));
        assertEquals("", out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", mutagen.scan.ScanOutput.CSV_COLUMNS), lines.get(0));
        assertTrue(lines.size() > 3, "rows: " + lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",WavPack,") || l.contains(",EasyMP4,")), lines.get(1));
        assertTrue(err().contains("\r"), "no progress line: " + err());
        assertTrue(err().contains(" files/s "), err());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path tmp) {
        assertEquals(2, run(false));
        assertTrue(err().contains("no ROOT given"), err());
        assertEquals(2, run(false, "--threads", "0", "x"));
        assertEquals(2, run(false, "--format=xml", "x"));
        assertEquals(2, run(false, "--bogus", "x"));
        assertEquals(2, run(false, "-o", tmp.resolve("no/such/dir/out.jsonl").toString(), tmp.toString()));
        assertTrue(err().contains("cannot write"), err());
        assertEquals(0, run(false, "--help"));
        assertTrue(err().contains("Usage: mutagen-scan"));
    }
}
