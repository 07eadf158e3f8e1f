// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Opus file: the first Opus stream's information and comment. Mirrors {@code mutagen.oggopus.OggOpus}.
 */
public class OggOpus extends OggFileType {
    private static final List<String> MIMES = oggMimes("audio/ogg", "audio/ogg; codecs=opus");

    private OggOpusInfo info;
    private OggOpusVComment tags;

    /**
     * Loads the file at a path.
     *
     * @throws OggOpusHeaderError when it holds no readable Vorbis stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggOpus(Path path) throws MutagenError {
        super(path);
        loadPath(path);
    }

    /** Loads from a source, which stays open. */
    public OggOpus(FileSource source) throws MutagenError {
        super(source.path());
        loadSource(source);
    }

    @Override
    protected void loadStreams(FileSource source) throws IOException {
        info = OggOpusInfo.read(source);
        tags = OggOpusVComment.read(source, info.headerEnd(), info);
        info.postTags(source, tags.end());
    }

    /** Removes the comment of the Ogg Opus file at a path (mutagen's module-level {@code delete}). */
    public static void deleteFrom(Path path) throws IOException {
        new OggOpus(path).delete(path);
    }

    @Override
    public OggOpusInfo info() {
        return info;
    }

    @Override
    public OggOpusVComment tags() {
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
        return new OggOpusHeaderError(message);
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
