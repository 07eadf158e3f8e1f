// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.ogg.OggCodec;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg FLAC file: the first FLAC stream's information and comment. Mirrors {@code mutagen.oggflac.OggFLAC}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class OggFLAC extends OggFileType<OggFLACStreamInfo, OggFLACVComment> {
    private static final OggCodec<OggFLACStreamInfo, OggFLACVComment> CODEC = new OggCodec<>(
            oggMimes("audio/x-oggflac"),
            OggFLACHeaderError::new, OggFLACStreamInfo::read, (s, i) -> OggFLACVComment.read(s, i.headerEnd(), i),
            (i, s, t) -> i.postTags(s), OggFLACVComment::inject);

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws OggFLACHeaderError when it holds no readable FLAC stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggFLAC(Path path) throws MutagenError {
        super(path, CODEC);
    }

    /**
     * Loads from a source, which stays open.
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public OggFLAC(FileSource source) throws MutagenError {
        super(source, CODEC);
    }

    /**
     * Removes the comment of the Ogg FLAC file at a path (mutagen's module-level {@code delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        new OggFLAC(path).delete(path);
    }
}
