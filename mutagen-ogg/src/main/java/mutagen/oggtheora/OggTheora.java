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
 */
public class OggTheora extends OggFileType<OggTheoraInfo, OggTheoraCommentDict> {
    private static final OggCodec<OggTheoraInfo, OggTheoraCommentDict> CODEC = new OggCodec<>(
            oggMimes("video/x-theora"),
            OggTheoraHeaderError::new, OggTheoraInfo::read, (s, i) -> OggTheoraCommentDict.read(s, i.headerEnd(), i),
            (i, s, t) -> i.postTags(s), OggTheoraCommentDict::inject);

    /**
     * Loads the file at a path.
     *
     * @throws OggTheoraHeaderError when it holds no readable Theora stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggTheora(Path path) throws MutagenError {
        super(path, CODEC);
    }

    /** Loads from a source, which stays open. */
    public OggTheora(FileSource source) throws MutagenError {
        super(source, CODEC);
    }

    /** Removes the comment of the Ogg Theora file at a path (mutagen's module-level {@code delete}). */
    public static void deleteFrom(Path path) throws IOException {
        new OggTheora(path).delete(path);
    }
}
