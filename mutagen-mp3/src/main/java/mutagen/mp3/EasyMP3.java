// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.easyid3.EasyID3;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.FileSource;

/**
 * Like {@link MP3}, but its tags are an {@link EasyID3}: plain keys ("title", "artist") and lists of strings.
 *
 * <p>Mirrors {@code mutagen.mp3.EasyMP3}. {@link #addTags()} adds an empty {@link EasyID3}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class EasyMP3 extends MP3 {

    /**
     * Loads an MP3 file with easy tags.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyMP3(Path path) throws IOException {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads an MP3 file with easy tags and ID3 load options ({@code translate}, {@code v2_version}).
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyMP3(Path path, ID3LoadOptions options) throws IOException {
        super(path, null, options, EasyID3::wrap);
    }

    /**
     * Loads an MP3 from a source with easy tags.
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyMP3(FileSource source) throws IOException {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads an MP3 from a source with easy tags and ID3 load options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyMP3(FileSource source, ID3LoadOptions options) throws IOException {
        super(source.path(), source, options, EasyID3::wrap);
    }

    /** The easy tags, or {@code null} when the file has no ID3 tag. */
    @Override
    public EasyID3 tags() {
        return (EasyID3) super.tags();
    }
}
