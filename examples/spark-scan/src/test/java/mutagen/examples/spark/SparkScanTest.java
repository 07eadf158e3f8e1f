// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mutagen.scan.ScanResult;
import mutagen.scan.Scanner;
import mutagen.testkit.TestFiles;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode (two threads) over the corpus, against a one-thread scan of the same files. */
class SparkScanTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("mutagen-scan-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The one-thread scan: each file read from its path by mutagen-scan, as the job's row. */
    static Map<String, String> expected(List<Path> files) {
        Map<String, String> out = new TreeMap<>();
        for (Path p : files) {
            ScanResult r = Scanner.read(0, p, -1, ScanRows.OPTIONS);
            out.put(p.toString(), ScanRows.row(p.toString(), r.kind(), r.file(), r.error()).toString());
        }
        return out;
    }

    static Map<String, String> byPath(Dataset<Row> table) {
        Map<String, String> out = new TreeMap<>();
        for (Row r : table.collectAsList()) {
            out.put(r.getString(0), r.toString());
        }
        return out;
    }

    @Test
    void directoryTableEqualsOneThreadScan() {
        List<Path> files = TestFiles.allCorpusFiles();
        Map<String, String> got = byPath(SparkScan.fromDirectory(spark, TestFiles.corpusDir().toString(), 4));
        assertEquals(expected(files), got);
        String flac = got.get(TestFiles.corpus("silence-44-s.flac").toString());
        assertTrue(flac.startsWith("[" + TestFiles.corpus("silence-44-s.flac") + ",FLAC,3.68"), flac);
        assertTrue(flac.contains(",44100,"), flac);
        assertTrue(flac.endsWith(",null]"), flac);
        assertTrue(got.values().stream().anyMatch(r -> r.contains("FLACError: ")), "no failed file in the table");
    }

    @Test
    void manifestToParquetAndBack(@TempDir Path tmp) throws IOException {
        List<Path> files = new ArrayList<>(TestFiles.allCorpusFiles().subList(0, 12));
        List<String> lines = new ArrayList<>();
        files.forEach(p -> lines.add(p.toString()));
        lines.add("");
        lines.add(tmp.resolve("missing.mp3").toString());
        Path manifest = Files.write(tmp.resolve("manifest.txt"), lines);
        Path out = tmp.resolve("table.parquet");
        SparkScan.fromManifest(spark, manifest.toString(), 2).write().parquet(out.toString());

        Dataset<Row> back = spark.read().parquet(out.toString());
        assertEquals(ScanRows.SCHEMA.fieldNames().length, back.schema().fieldNames().length);
        Map<String, String> got = byPath(back.select("path", "kind", "length", "sample_rate", "bitrate", "channels",
                "title", "artist", "album", "track", "error"));
        Map<String, String> want = expected(files);
        String missing = got.remove(tmp.resolve("missing.mp3").toString());
        assertEquals(want, got);
        assertNotNull(missing);
        assertTrue(missing.contains("NoSuchFileException"), missing);
        assertTrue(back.filter("kind IS NOT NULL AND error IS NULL AND sample_rate > 0").count() >= 8,
                "loaded files in the table");
    }
}
