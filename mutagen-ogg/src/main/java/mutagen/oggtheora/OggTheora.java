// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.ogg.OggCodec;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Theora file: the first Theora stream's information and comment. Mirrors {@code mutagen.oggtheora.OggTheora}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class OggTheora extends OggFileType<OggTheoraInfo, OggTheoraCommentDict> {
    private static final OggCodec<OggTheoraInfo, OggTheoraCommentDict> CODEC = new OggCodec<>(
            oggMimes("video/x-theora"),
            OggTheoraHeaderError::new, OggTheoraInfo::read, (s, i) -> OggTheoraCommentDict.read(s, i.headerEnd(), i),
            (i, s, t) -> i.postTags(s), OggTheoraCommentDict::inject);

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws OggTheoraHeaderError when it holds no readable Theora stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggTheora(Path path) throws MutagenError {
        super(path, CODEC);
    }

    /**
     * Loads from a source, which stays open.
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public OggTheora(FileSource source) throws MutagenError {
        super(source, CODEC);
    }

    /**
     * Removes the comment of the Ogg Theora file at a path (mutagen's module-level {@code delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        new OggTheora(path).delete(path);
    }
}
