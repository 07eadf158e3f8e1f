// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.ogg.OggCodec;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Opus file: the first Opus stream's information and comment. Mirrors {@code mutagen.oggopus.OggOpus}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class OggOpus extends OggFileType<OggOpusInfo, OggOpusVComment> {
    private static final OggCodec<OggOpusInfo, OggOpusVComment> CODEC = new OggCodec<>(
            oggMimes("audio/ogg", "audio/ogg; codecs=opus"),
            OggOpusHeaderError::new, OggOpusInfo::read, (s, i) -> OggOpusVComment.read(s, i.headerEnd(), i),
            (i, s, t) -> i.postTags(s, t.end()), OggOpusVComment::inject);

    /**
     * Loads the file at a path.
     *
     * @param path the file's path
     * @throws OggOpusHeaderError when it holds no readable Opus stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggOpus(Path path) throws MutagenError {
        super(path, CODEC);
    }

    /**
     * Loads from a source, which stays open.
     *
     * @param source the file to read (or to edit in place)
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public OggOpus(FileSource source) throws MutagenError {
        super(source, CODEC);
    }

    /**
     * Removes the comment of the Ogg Opus file at a path (mutagen's module-level {@code delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        new OggOpus(path).delete(path);
    }
}
