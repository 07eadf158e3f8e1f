// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

/** The JSON and CSV forms of results. */
class ScanOutputTest {

    @Test
    void valuesRenderAsCompatTestsDumpRendersThem() {
        List<Object> values = Arrays.asList("a\"b\\c\n\u0001\u00e9\ud83c\udfb5", "x\ud800y", 3, 0.1, 1e22, Double.NaN,
                new byte[] {'a', 'b', 'c'}, Arrays.asList(true, null, 5L), new Object[] {2.5f},
                new StringBuilder("free text"), java.math.BigInteger.ONE.shiftLeft(70));
        assertEquals("[\"a\\\"b\\\\c\\n\\u0001\u00e9\ud83c\udfb5\", \"x\\ud800y\", 3, \"0.1\", \"1e+22\", \"nan\", "
                + "{\"bytes\": 3, \"sha1\": \"a9993e364706816aba3e25717850c26c9cd0d89d\"}, [true, null, 5], [\"2.5\"], "
                + "{\"type\": \"StringBuilder\", \"repr\": \"free text\"}, 1180591620717411303424]",
                ScanOutput.json(ScanOutput.render(values)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f", 0.25);
        m.put("inf", Double.POSITIVE_INFINITY);
        assertEquals("{\"f\": 0.25, \"inf\": \"inf\"}", ScanOutput.json(m));
    }

    @Test
    void jsonLineOfAFlac() {
        Path p = TestFiles.corpus("silence-44-s.flac");
        String line = ScanOutput.jsonLine(Scanner.read(0, p, 123, Options.defaults()));
        assertTrue(line.startsWith("{\"path\": \"" + p + "\", \"kind\": \"FLAC\", \"size\": 123, \"info\": {"), line);
        assertTrue(line.contains("\"sample_rate\": 44100"), line);
        assertTrue(line.contains("\"length\": 3.684716553287982"), line);
        assertTrue(line.contains("\"album\": [\"Quod Libet Test Data\"]"), line);
        assertTrue(line.endsWith("\"error\": null}"), line);
        assertTrue(line.indexOf('\n') < 0);
    }

    @Test
    void csvRowsQuoteAndKeepTheColumns() {
        ScanResult bad = new ScanResult(0, Path.of("/m/a, \"b\".mp3"), 10, "MP3", null,
                new MutagenError("can't sync to MPEG frame"));
        assertEquals("\"/m/a, \"\"b\"\".mp3\",MP3,10,,,,,,,MutagenError,can't sync to MPEG frame",
                ScanOutput.csvRow(bad));
        assertEquals(String.join(",", ScanOutput.CSV_COLUMNS), ScanOutput.csvHeader());
        String row = ScanOutput.csvRow(Scanner.read(0, TestFiles.corpus("silence-44-s.flac"), 5, Options.defaults()));
        List<String> start = Arrays.asList(row.split(",", 9)).subList(1, 8);
        assertEquals(List.of("FLAC", "5", "3.684716553287982", "101430", "44100", "2", "16"), start);
        assertTrue(row.endsWith(",,"), row);
    }
}
