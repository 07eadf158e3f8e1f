// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.examples.spark;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.Options;
import mutagen.Tags;
import mutagen.scan.ScanResult;
import mutagen.scan.Scanner;
import mutagen.util.FileSource;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One row of the scan table per file: {@link #SCHEMA}. The tags are read under the easy keys ({@code title},
 * {@code artist}, {@code album}, {@code tracknumber}); each cell holds the first value as text.
 *
 * <p>Stateless and thread-safe: Spark calls {@link #of(String, byte[])} from every executor thread.
 */
public final class ScanRows {
    /** The table's columns. */
    public static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, true)
            .add("length", DataTypes.DoubleType, true)
            .add("sample_rate", DataTypes.LongType, true)
            .add("bitrate", DataTypes.LongType, true)
            .add("channels", DataTypes.LongType, true)
            .add("title", DataTypes.StringType, true)
            .add("artist", DataTypes.StringType, true)
            .add("album", DataTypes.StringType, true)
            .add("track", DataTypes.StringType, true)
            .add("error", DataTypes.StringType, true);

    /** The options files are opened with: every installed format, easy keys. */
    public static final Options OPTIONS = Options.defaults().withEasy(true);

    private ScanRows() {
    }

    /**
     * The row of a file given as its bytes, opened as {@code File.open(data, name, OPTIONS)} opens it (through
     * mutagen-scan's one-file read, which also names the format that failed); {@code path} names it, its last part
     * helps detection.
     *
     * @param path the file's path
     * @param data the bytes
     * @return the row of a file given as its bytes, opened as {@code File.open(data, name, OPTIONS)} opens it (through
     *     mutagen-scan's one-file read, which also names the format that failed); {@code path} names it, its last part
     *     helps detection
     */
    public static Row of(String path, byte[] data) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        ScanResult r = Scanner.read(0, Path.of(name), data.length, FileSource.of(data, path), OPTIONS);
        return row(path, r.kind(), r.file(), r.error());
    }

    /**
     * The row of a file already read (or not) by other means: its path, kind, loaded file and error (any may be
     * {@code null} but the path).
     *
     * @param path the file's path
     * @param kind the kind
     * @param file the loaded file
     * @param error the error
     * @return the row of a file already read (or not) by other means: its path, kind, loaded file and error (any may be
     *     {@code null} but the path)
     */
    public static Row row(String path, String kind, FileType file, Exception error) {
        Map<String, Object> info = file == null || file.info() == null ? Map.of() : file.info().attributes();
        Tags tags = file == null ? null : file.tags();
        String err = error == null ? null : error.getClass().getSimpleName() + ": "
                + (error instanceof MutagenError ? ((MutagenError) error).pythonStr() : error.getMessage());
        return RowFactory.create(path, kind, file == null ? null : file.info().length(), number(info, "sample_rate"),
                number(info, "bitrate"), number(info, "channels"), text(tags, "title"), text(tags, "artist"),
                text(tags, "album"), text(tags, "tracknumber"), err);
    }

    private static Long number(Map<String, Object> info, String attr) {
        Object v = info.get(attr);
        return v instanceof Number ? ((Number) v).longValue() : null;
    }

    private static String text(Tags tags, String key) {
        if (tags == null) {
            return null;
        }
        Object v;
        try {
            v = tags.get(key);
        } catch (RuntimeException e) {
            return null; // a format without this easy key
        }
        if (v instanceof Iterable) {
            // A list of values (Vorbis, easy ID3/MP4, ASF), or the parts of an APEv2 text value.
            Iterator<?> values = ((Iterable<?>) v).iterator();
            v = values.hasNext() ? values.next() : null;
        }
        return v == null ? null : v.toString();
    }
}
