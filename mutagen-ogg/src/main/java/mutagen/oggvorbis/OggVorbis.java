// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.ogg.OggCodec;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Vorbis file: the first Vorbis stream's information and comment. Mirrors {@code mutagen.oggvorbis.OggVorbis}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class OggVorbis extends OggFileType<OggVorbisInfo, OggVCommentDict> {
    private static final OggCodec<OggVorbisInfo, OggVCommentDict> CODEC = new OggCodec<>(
            oggMimes("audio/vorbis", "audio/x-vorbis"),
            OggVorbisHeaderError::new, OggVorbisInfo::read, (s, i) -> OggVCommentDict.read(s, i.headerEnd(), i),
            (i, s, t) -> i.postTags(s), OggVCommentDict::inject);

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws OggVorbisHeaderError when it holds no readable Vorbis stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggVorbis(Path path) throws MutagenError {
        super(path, CODEC);
    }

    /**
     * Loads from a source, which stays open.
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public OggVorbis(FileSource source) throws MutagenError {
        super(source, CODEC);
    }

    /**
     * Removes the comment of the Ogg Vorbis file at a path (mutagen's module-level {@code delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        new OggVorbis(path).delete(path);
    }
}
