// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.TaglessFileType;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * An AC-3 or E-AC-3 stream (mutagen's {@code AC3}): {@link AC3Info} only. As in mutagen, tagging is not supported:
 * {@link #tags()} is always null, {@link #addTags()} throws, and saving or deleting changes nothing. mutagen 1.48.1
 * does not skip a leading ID3v2 tag either: such a file is "not a AC3 file".
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class AC3 extends TaglessFileType<AC3Info> {
    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AC3(Path path) throws IOException {
        super(path, FileSource.open(path), true, AC3Parser::read);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public AC3(FileSource source) throws IOException {
        super(source.path(), source, false, AC3Parser::read);
    }

    @Override
    public List<String> mime() {
        return mimes("audio/ac3");
    }

    @Override
    protected ErrorFactory errors() {
        return AC3Error::new;
    }
}
