// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.TaglessFileType;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * A Standard MIDI File (mutagen's {@code SMF}): {@link SMFInfo} only. As in mutagen, there are no tags:
 * {@link #tags()} is always null, {@link #addTags()} throws, and saving or deleting changes nothing.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class SMF extends TaglessFileType<SMFInfo> {
    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public SMF(Path path) throws IOException {
        super(path, FileSource.open(path), true, SMFParser::read);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public SMF(FileSource source) throws IOException {
        super(source.path(), source, false, SMFParser::read);
    }

    @Override
    public List<String> mime() {
        return mimes("audio/midi", "audio/x-midi");
    }

    @Override
    protected ErrorFactory errors() {
        return SMFError::new;
    }
}
