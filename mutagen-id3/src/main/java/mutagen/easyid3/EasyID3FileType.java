// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easyid3;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.FileSource;

/**
 * Like {@link ID3FileType}, but with {@link EasyID3} tags.
 *
 * <p>Mirrors {@code mutagen.easyid3.EasyID3FileType}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class EasyID3FileType extends ID3FileType {
    /**
     * Loads a file.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyID3FileType(Path path) throws IOException {
        super(path, null, ID3LoadOptions.defaults(), EasyID3::wrap);
    }

    /**
     * Loads from a source.
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyID3FileType(FileSource source) throws IOException {
        super(source.path(), source, ID3LoadOptions.defaults(), EasyID3::wrap);
    }

    /**
     * Loads from a source with options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyID3FileType(FileSource source, ID3LoadOptions options) throws IOException {
        super(source.path(), source, options, EasyID3::wrap);
    }

    /** The tags, or {@code null}. */
    @Override
    public EasyID3 tags() {
        return (EasyID3) super.tags();
    }
}
