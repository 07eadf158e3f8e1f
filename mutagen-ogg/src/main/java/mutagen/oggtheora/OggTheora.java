// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Theora file: the first Theora stream's information and comment. Mirrors {@code mutagen.oggtheora.OggTheora}.
 */
public class OggTheora extends OggFileType {
    private static final List<String> MIMES = oggMimes("video/x-theora");

    private OggTheoraInfo info;
    private OggTheoraCommentDict tags;

    /**
     * Loads the file at a path.
     *
     * @throws OggTheoraHeaderError when it holds no readable Vorbis stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggTheora(Path path) throws MutagenError {
        super(path);
        loadPath(path);
    }

    /** Loads from a source, which stays open. */
    public OggTheora(FileSource source) throws MutagenError {
        super(source.path());
        loadSource(source);
    }

    @Override
    protected void loadStreams(FileSource source) throws IOException {
        info = OggTheoraInfo.read(source);
        tags = OggTheoraCommentDict.read(source, info.headerEnd(), info);
        info.postTags(source);
    }

    /** Removes the comment of the Ogg Theora file at a path (mutagen's module-level {@code delete}). */
    public static void deleteFrom(Path path) throws IOException {
        new OggTheora(path).delete(path);
    }

    @Override
    public OggTheoraInfo info() {
        return info;
    }

    @Override
    public OggTheoraCommentDict tags() {
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
        return new OggTheoraHeaderError(message);
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
