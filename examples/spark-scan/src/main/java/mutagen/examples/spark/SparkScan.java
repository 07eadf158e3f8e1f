// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.examples.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark job that scans audio files with mutagen-java: each executor opens its files from their bytes
 * ({@code File.open(byte[], name, options)}) and the job writes a table of {@link ScanRows#SCHEMA}.
 *
 * <pre>
 * spark-submit --class mutagen.examples.spark.SparkScan --jars ALL_MUTAGEN_JARS mutagen-spark-scan.jar \
 *     (--dir DIR | --manifest FILE) --out OUT [--format parquet|json] [--partitions N]
 * </pre>
 *
 * <p>{@code --dir} reads every file below a directory of any Hadoop file system ({@code binaryFiles});
 * {@code --manifest} reads a text file of paths, one a line, each readable by every executor (a shared mount).
 *
 * <p>Stateless: every method may run on any executor thread.
 */
public final class SparkScan {
    private SparkScan() {
    }

    /**
     * The table of every file below {@code dir} (any Hadoop URI, or a local folder).
     *
     * @param spark the spark
     * @param dir the dir
     * @param partitions the partitions
     * @return the table of every file below {@code dir} (any Hadoop URI, or a local folder)
     */
    public static Dataset<Row> fromDirectory(SparkSession spark, String dir, int partitions) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = sc.binaryFiles(dir, partitions).map(f -> {
            String path = localPath(f._1());
            try {
                return ScanRows.of(path, f._2().toArray());
            } catch (RuntimeException | OutOfMemoryError e) {
                return ScanRows.row(path, null, null, new IOException("cannot read the file: " + e, e));
            }
        });
        return spark.createDataFrame(rows, ScanRows.SCHEMA);
    }

    /**
     * The table of the files named in a manifest (one path a line; blank lines ignored).
     *
     * @param spark the spark
     * @param manifest the manifest
     * @param partitions the partitions
     * @return the table of the files named in a manifest (one path a line; blank lines ignored)
     */
    public static Dataset<Row> fromManifest(SparkSession spark, String manifest, int partitions) {
        JavaRDD<String> paths = spark.read().textFile(manifest).filter(
                (org.apache.spark.api.java.function.FilterFunction<String>) l -> !l.isBlank()).javaRDD();
        if (partitions > 0) {
            paths = paths.repartition(partitions);
        }
        JavaRDD<Row> rows = paths.mapPartitions(SparkScan::readAll);
        return spark.createDataFrame(rows, ScanRows.SCHEMA);
    }

    private static Iterator<Row> readAll(Iterator<String> paths) {
        List<Row> out = new ArrayList<>();
        while (paths.hasNext()) {
            String path = paths.next().strip();
            byte[] data;
            try {
                data = Files.readAllBytes(Path.of(path));
            } catch (IOException e) {
                out.add(ScanRows.row(path, null, null, e));
                continue;
            } catch (RuntimeException | OutOfMemoryError e) {
                out.add(ScanRows.row(path, null, null, new IOException("cannot read the file: " + e, e)));
                continue;
            }
            out.add(ScanRows.of(path, data));
        }
        return out.iterator();
    }

    /** A {@code file:} URI as a local path; any other URI as it is. */
    static String localPath(String uri) {
        return uri.startsWith("file:") ? Path.of(URI.create(uri)).toString() : uri;
    }

    /**
     * Runs the job; see the class doc for the arguments.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        List<String> a = Arrays.asList(args);
        String dir = value(a, "--dir");
        String manifest = value(a, "--manifest");
        String out = value(a, "--out");
        String format = value(a, "--format");
        String parts = value(a, "--partitions");
        if ((dir == null) == (manifest == null) || out == null) {
            System.err.println("usage: SparkScan (--dir DIR | --manifest FILE) --out OUT [--format parquet|json]"
                    + " [--partitions N]");
            System.exit(2);
        }
        int partitions = parts == null ? 0 : Integer.parseInt(parts);
        SparkSession spark = SparkSession.builder().appName("mutagen-scan").getOrCreate();
        try {
            Dataset<Row> table = dir != null ? fromDirectory(spark, dir, Math.max(partitions, 1))
                    : fromManifest(spark, manifest, partitions);
            table.write().mode("overwrite").format(format == null ? "parquet" : format).save(out);
            System.out.println(spark.read().format(format == null ? "parquet" : format).load(out).count() + " files scanned into " + out);
        } finally {
            spark.stop();
        }
    }

    private static String value(List<String> args, String option) {
        int i = args.indexOf(option);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }
}
