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
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class OggSpeex extends OggFileType<OggSpeexInfo, OggSpeexVComment> {
    private static final OggCodec<OggSpeexInfo, OggSpeexVComment> CODEC = new OggCodec<>(
            oggMimes("audio/x-speex"),
            OggSpeexHeaderError::new, OggSpeexInfo::read, (s, i) -> OggSpeexVComment.read(s, i.headerEnd(), i),
            (i, s, t) -> i.postTags(s), OggSpeexVComment::inject);

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws OggSpeexHeaderError when it holds no readable Speex stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggSpeex(Path path) throws MutagenError {
        super(path, CODEC);
    }

    /**
     * Loads from a source, which stays open.
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public OggSpeex(FileSource source) throws MutagenError {
        super(source, CODEC);
    }

    /**
     * Removes the comment of the Ogg Speex file at a path (mutagen's module-level {@code delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        new OggSpeex(path).delete(path);
    }
}
