// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.StreamInfo;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3LoadOptions;
import mutagen.util.FileSource;

/**
 * An MPEG audio file (usually MPEG-1 Layer 3) with its ID3 tags.
 *
 * <p>Mirrors {@code mutagen.mp3.MP3}: the tags are an {@link mutagen.id3.ID3} (or {@code null}), the stream
 * information an {@link MPEGInfo} read after the ID3v2 tag. Saving takes {@link mutagen.id3.ID3SaveOptions}
 * ({@code v1}, {@code v2_version}, {@code v23_sep}, {@code padding}).
 */
public class MP3 extends ID3FileType {

    /** Loads an MP3 file. */
    public MP3(Path path) throws IOException {
        this(path, ID3LoadOptions.defaults());
    }

    /** Loads an MP3 file with ID3 load options ({@code translate}, {@code v2_version}). */
    public MP3(Path path, ID3LoadOptions options) throws IOException {
        super(path, null, options, false);
    }

    /** Loads an MP3 from a source. */
    public MP3(FileSource source) throws IOException {
        this(source, ID3LoadOptions.defaults());
    }

    /** Loads an MP3 from a source with ID3 load options. */
    public MP3(FileSource source, ID3LoadOptions options) throws IOException {
        super(source.path(), source, options, false);
    }

    /** For {@link EasyMP3}. */
    MP3(Path filename, FileSource source, ID3LoadOptions options, boolean easy) throws IOException {
        super(filename, source, options, easy);
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

    @Override
    protected MutagenError wrap(IOException e) {
        return new MP3Error(e.getMessage(), e);
    }
}
