// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import mutagen.FileType;
import mutagen.StreamInfo;
import mutagen.Tags;

/**
 * What a scan found out about one file: its path, size, kind (mutagen's class name of the detected format), the
 * loaded file, and the error if reading failed. A bad file is a result like any other: {@link #error()} is set and
 * the scan goes on.
 *
 * <p>Immutable as a record; the {@link FileType} it carries is not thread-safe for writing: share a result between
 * threads only to read it.
 *
 * @param index the file's position in the scan's walk order (0, 1, 2, ...; unordered delivery keeps it too)
 * @param path  the file as found by the walk (a root as given, then its entries resolved against it)
 * @param size  the file's size in bytes from the walk ({@code -1} when it could not be read)
 * @param kind  the chosen format's name ({@code "MP3"}, {@code "EasyMP3"} under easy options), or {@code null} when
 *              no format matched or the file could not be opened
 * @param file  the loaded file, or {@code null} when no format matched or loading failed
 * @param error why the file could not be read: a {@link mutagen.MutagenError} (the format's error, or a generic one
 *              for an I/O failure), or an unexpected exception of a format; {@code null} on success
 */
public record ScanResult(long index, Path path, long size, String kind, FileType file, Exception error) {

    /**
     * Checks the path is given.
     *
     * @param index the index
     * @param path the file's path
     * @param size the size in bytes
     * @param kind the kind
     * @param file the loaded file
     * @param error the error
     */
    public ScanResult {
        Objects.requireNonNull(path, "path");
    }

    /**
     * Whether reading failed ({@link #error()} set).
     *
     * @return whether reading failed ({@link #error()} set)
     */
    public boolean failed() {
        return error != null;
    }

    /**
     * Whether the file was loaded ({@link #file()} set).
     *
     * @return whether the file was loaded ({@link #file()} set)
     */
    public boolean loaded() {
        return file != null;
    }

    /**
     * The stream information's attributes under their Python names, sorted by name ({@link StreamInfo#attributes()});
     * empty when the file was not loaded.
     *
     * @return the stream information's attributes under their Python names, sorted by name ({@link
     *     StreamInfo#attributes()}); empty when the file was not loaded
     */
    public Map<String, Object> info() {
        if (file == null || file.info() == null) {
            return Map.of();
        }
        return new TreeMap<>(file.info().attributes());
    }

    /**
     * The tags, sorted by key, with their values as the format gives them ({@link Tags#get(String)}); {@code null}
     * when the file was not loaded or has no tags. Under easy options the keys are the easy keys and every value is
     * a list of strings.
     *
     * @return the tags, sorted by key, with their values as the format gives them ({@link Tags#get(String)}); {@code
     *     null} when the file was not loaded or has no tags
     */
    public Map<String, Object> tags() {
        Tags tags = file == null ? null : file.tags();
        if (tags == null) {
            return null;
        }
        Map<String, Object> out = new TreeMap<>();
        for (String key : tags.keys()) {
            out.put(key, tags.get(key));
        }
        return out;
    }
}
