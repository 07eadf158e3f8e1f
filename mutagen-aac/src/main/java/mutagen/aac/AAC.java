// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.TaglessFileType;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * An ADTS or ADIF stream of AAC (mutagen's {@code AAC}): {@link AACInfo} only. As in mutagen, tagging is not
 * supported: {@link #tags()} is always null, a leading ID3v2 tag is skipped but not read, {@link #addTags()} throws,
 * and saving or deleting changes nothing. Use {@code mutagen.id3.ID3} on the file for its ID3 tag.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class AAC extends TaglessFileType<AACInfo> {
    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AAC(Path path) throws IOException {
        super(path, FileSource.open(path), true, AACParser::read);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AAC(FileSource source) throws IOException {
        super(source.path(), source, false, AACParser::read);
    }

    @Override
    public List<String> mime() {
        return mimes("audio/x-aac");
    }

    @Override
    protected ErrorFactory errors() {
        return AACError::new;
    }
}
