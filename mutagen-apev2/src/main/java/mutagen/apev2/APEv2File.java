// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.StreamInfo;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * A file with an APEv2 tag (mutagen's {@code APEv2File}), and the base of the formats whose tags are APEv2
 * (WavPack, Musepack, Monkey's Audio, OptimFROG, TAK): their stream information comes from {@link InfoReader},
 * their tags, saving and deleting from here. Saving never touches the audio.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class APEv2File extends FileType {
    /** Reads a format's stream information (mutagen's {@code _Info(fileobj)}). */
    @FunctionalInterface
    protected interface InfoReader {
        /** The stream information of the source. */
        StreamInfo read(FileSource source) throws IOException;
    }

    private final InfoReader reader;
    private StreamInfo info;
    private APEv2 tags;

    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public APEv2File(Path path) throws IOException {
        this(path, src -> UnknownInfo.INSTANCE);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public APEv2File(FileSource source) throws IOException {
        this(source, src -> UnknownInfo.INSTANCE);
    }

    /** Loads the file at the path with a format's stream information. */
    protected APEv2File(Path path, InfoReader reader) throws IOException {
        super(path);
        this.reader = reader;
        FileSource.read(path, errors(), src -> load(src, reader));
    }

    /** Loads the file from a source (which stays open) with a format's stream information. */
    protected APEv2File(FileSource source, InfoReader reader) throws IOException {
        super(source.path());
        this.reader = reader;
        errors().run(() -> load(source, reader));
    }

    private void load(FileSource source, InfoReader reader) throws IOException {
        info = reader.read(source);
        tags = loadTags(source);
    }

    private static APEv2 loadTags(FileSource src) throws IOException {
        return APEv2.readIfPresent(src);
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    /** The tag, or null. */
    @Override
    public APEv2 tags() {
        return tags;
    }

    /**
     * Adds an empty tag.
     *
     * @throws APEv2Error when the file has a tag already
     */
    @Override
    public void addTags() throws MutagenError {
        if (tags != null) {
            throw new APEv2Error(this + " already has tags: " + tags);
        }
        tags = new APEv2();
    }

    @Override
    protected void saveTags(FileSource target) throws IOException {
        if (tags != null) {
            APEv2Writer.save(target, tags);
            checkReopens(target);
        }
    }

    /**
     * Declines a save whose result would not open again with these tags: the edited bytes, not yet committed, are read
     * as a load reads them (stream information, then the tag), and a failure or other items (compared in any order:
     * the writer sorts them) fail the save with {@link APEv2Error} "cannot save: the saved file would not open again
     * (REASON)", the file unchanged. Mutagen 1.48.1 writes such files (found by fuzzing: a damaged tag whose removal cuts into the stream's header; see
     * docs/API-MAPPING.md).
     */
    private void checkReopens(FileSource target) throws IOException {
        errors().checkReopens(() -> {
            reader.read(target);
            APEv2 again = loadTags(target); // null for a tag without items, as a load reads it
            Set<Map.Entry<String, APEValue>> read = again == null ? Set.of() : new HashSet<>(again.items());
            return read.equals(new HashSet<>(tags.items())) ? null : "it would read other tags";
        });
    }

    @Override
    protected void deleteTags(FileSource target) throws IOException {
        if (tags != null) {
            APEv2Writer.delete(target);
            tags.clear();
        }
    }

    @Override
    protected ErrorFactory errors() {
        return APEv2.ERRORS;
    }
}
