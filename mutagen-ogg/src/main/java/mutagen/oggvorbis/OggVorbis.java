// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Vorbis file: the first Vorbis stream's information and comment. Mirrors {@code mutagen.oggvorbis.OggVorbis}.
 */
public class OggVorbis extends OggFileType {
    private static final List<String> MIMES = oggMimes("audio/vorbis", "audio/x-vorbis");

    private OggVorbisInfo info;
    private OggVCommentDict tags;

    /**
     * Loads the file at a path.
     *
     * @throws OggVorbisHeaderError when it holds no readable Vorbis stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggVorbis(Path path) throws MutagenError {
        super(path);
        loadPath(path);
    }

    /** Loads from a source, which stays open. */
    public OggVorbis(FileSource source) throws MutagenError {
        super(source.path());
        loadSource(source);
    }

    @Override
    protected void loadStreams(FileSource source) throws IOException {
        info = OggVorbisInfo.read(source);
        tags = OggVCommentDict.read(source, info.headerEnd(), info);
        info.postTags(source);
    }

    /** Removes the comment of the Ogg Vorbis file at a path (mutagen's module-level {@code delete}). */
    public static void deleteFrom(Path path) throws IOException {
        new OggVorbis(path).delete(path);
    }

    @Override
    public OggVorbisInfo info() {
        return info;
    }

    @Override
    public OggVCommentDict tags() {
        return tags;
    }

    @Override
    public List<String> get(String key) {
        return tags.get(key);
    }

    @Override
    public List<String> mime() {
        return MIMES;
    }

    @Override
    protected MutagenError error(String message) {
        return new OggVorbisHeaderError(message);
    }

    @Override
    protected void inject(FileSource target, PaddingFunction padding) throws IOException {
        tags.inject(target, padding);
    }

    @Override
    protected void clearTags() {
        tags.clear();
    }
}
