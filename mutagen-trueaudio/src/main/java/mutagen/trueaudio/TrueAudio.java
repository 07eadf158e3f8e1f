// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.StreamInfo;
import mutagen.id3.ID3;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.FileSource;

/**
 * A True Audio file (mutagen's {@code TrueAudio}): {@link TrueAudioInfo} read after the ID3v2 tag, and ID3 tags
 * (or {@code null}). Saving and deleting go through the ID3 tag as for MP3: the ID3v2 tag at the start, an ID3v1
 * tag at the end; anything else at the end (an APEv2 tag) is left as it is, as in mutagen.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class TrueAudio extends ID3FileType {

    /**
     * Loads a True Audio file.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public TrueAudio(Path path) throws IOException {
        this(path, ID3LoadOptions.defaults());
    }

    /**
     * Loads a True Audio file with ID3 load options ({@code translate}, {@code v2_version}).
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public TrueAudio(Path path, ID3LoadOptions options) throws IOException {
        super(path, null, options, null);
    }

    /**
     * Loads a True Audio file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public TrueAudio(FileSource source) throws IOException {
        this(source, ID3LoadOptions.defaults());
    }

    /**
     * Loads a True Audio file from a source with ID3 load options.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public TrueAudio(FileSource source, ID3LoadOptions options) throws IOException {
        super(source.path(), source, options, null);
    }

    /** For {@link EasyTrueAudio}. */
    TrueAudio(Path filename, FileSource source, ID3LoadOptions options,
        java.util.function.Function<mutagen.id3.ID3, ? extends mutagen.id3.ID3View> view) throws IOException {
        super(filename, source, options, view);
    }

    @Override
    protected StreamInfo loadInfo(FileSource source, long offset) throws IOException {
        return TrueAudioInfo.read(source, offset);
    }

    @Override
    public TrueAudioInfo info() {
        return (TrueAudioInfo) super.info();
    }

    /** {@code audio/x-tta}, then {@code application/octet-stream}. */
    @Override
    public List<String> mime() {
        return mimes("audio/x-tta");
    }

    /**
     * Removes the ID3v1 and ID3v2 tags from the file at the path (mutagen's module function
     * {@code mutagen.trueaudio.delete}, which is {@code mutagen.id3.delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        ID3.deleteTags(path, true, true);
    }
}
