// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.ogg.OggCodec;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Speex file: the first Speex stream's information and comment. Mirrors {@code mutagen.oggspeex.OggSpeex}.
 */
public class OggSpeex extends OggFileType<OggSpeexInfo, OggSpeexVComment> {
    private static final OggCodec<OggSpeexInfo, OggSpeexVComment> CODEC = new OggCodec<>(
            oggMimes("audio/x-speex"),
            OggSpeexHeaderError::new, OggSpeexInfo::read, (s, i) -> OggSpeexVComment.read(s, i.headerEnd(), i),
            (i, s, t) -> i.postTags(s), OggSpeexVComment::inject);

    /**
     * Loads the file at a path.
     *
     * @throws OggSpeexHeaderError when it holds no readable Speex stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggSpeex(Path path) throws MutagenError {
        super(path, CODEC);
    }

    /** Loads from a source, which stays open. */
    public OggSpeex(FileSource source) throws MutagenError {
        super(source, CODEC);
    }

    /** Removes the comment of the Ogg Speex file at a path (mutagen's module-level {@code delete}). */
    public static void deleteFrom(Path path) throws IOException {
        new OggSpeex(path).delete(path);
    }
}
