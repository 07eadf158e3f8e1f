// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.StreamInfo;
import mutagen.id3.ID3;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.FileSource;

/**
 * An MPEG audio file (usually MPEG-1 Layer 3) with its ID3 tags.
 *
 * <p>Mirrors {@code mutagen.mp3.MP3}: the tags are an {@link mutagen.id3.ID3} (or {@code null}), the stream
 * information an {@link MPEGInfo} read after the ID3v2 tag. Saving takes {@link mutagen.id3.ID3SaveOptions}
 * ({@code v1}, {@code v2_version}, {@code v23_sep}, {@code padding}).
 *
 * <p>Errors follow mutagen: a file without MPEG audio raises {@link HeaderNotFoundError} and a channel failure
 * while reading the stream an {@link MP3Error}; saving and deleting go through the ID3 tag, so their failures are
 * {@link mutagen.id3.ID3Error}s (mutagen's {@code ID3.save} converts {@code IOError} to {@code mutagen.id3.error}).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class MP3 extends ID3FileType {

    /**
     * Loads an MP3 file.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MP3(Path path) throws IOException {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads an MP3 file with ID3 load options ({@code translate}, {@code v2_version}).
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MP3(Path path, ID3LoadOptions options) throws IOException {
        super(path, null, options, null);
    }

    /**
     * Loads an MP3 file with tags of another class: mutagen's {@code MP3(filename, ID3=APEv2)}.
     *
     * @param path the file's path
     * @param tagsClass the tag class loaded, created and saved instead of ID3
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MP3(Path path, mutagen.id3.TagsClass tagsClass) throws IOException {
        super(path, null, ID3LoadOptions.defaults(), null, tagsClass);
    }

    /**
     * Loads an MP3 from a source.
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MP3(FileSource source) throws IOException {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads an MP3 from a source with ID3 load options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MP3(FileSource source, ID3LoadOptions options) throws IOException {
        super(source.path(), source, options, null);
    }

    /** For {@link EasyMP3}. */
    MP3(Path filename, FileSource source, ID3LoadOptions options,
        java.util.function.Function<mutagen.id3.ID3, ? extends mutagen.id3.ID3View> view) throws IOException {
        super(filename, source, options, view);
    }

    @Override
    protected StreamInfo loadInfo(FileSource source, long offset) throws IOException {
        return MPEGAudio.readInfo(source, offset);
    }

    /** The MPEG stream information. */
    @Override
    public MPEGInfo info() {
        return (MPEGInfo) super.info();
    }

    /** {@code audio/mp<layer>}, {@code audio/x-mp<layer>}, then the MP3 types. */
    @Override
    public List<String> mime() {
        return MPEGAudio.mime(info().layer());
    }

    /**
     * Removes the ID3v1 and ID3v2 tags from the file at the path (mutagen's module function
     * {@code mutagen.mp3.delete}, which is {@code mutagen.id3.delete}).
     *
     * @param path the file's path
     * @throws mutagen.id3.ID3Error when the file cannot be edited
     */
    public static void deleteFrom(Path path) throws IOException {
        deleteFrom(path, true, true);
    }

    /**
     * Removes the chosen ID3 tags from the file at the path ({@code mutagen.mp3.delete(f, delete_v1, delete_v2)}).
     *
     * @param path the file's path
     * @param deleteV1 the delete V1
     * @param deleteV2 the delete V2
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path, boolean deleteV1, boolean deleteV2) throws IOException {
        ID3.deleteTags(path, deleteV1, deleteV2);
    }
}
