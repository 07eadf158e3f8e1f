// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.ogg.OggFileType;
import mutagen.util.FileSource;

/**
 * An Ogg Speex file: the first Speex stream's information and comment. Mirrors {@code mutagen.oggspeex.OggSpeex}.
 */
public class OggSpeex extends OggFileType {
    private static final List<String> MIMES = oggMimes("audio/x-speex");

    private OggSpeexInfo info;
    private OggSpeexVComment tags;

    /**
     * Loads the file at a path.
     *
     * @throws OggSpeexHeaderError when it holds no readable Vorbis stream
     * @throws MutagenError when the comment is broken or the file cannot be opened
     */
    public OggSpeex(Path path) throws MutagenError {
        super(path);
        loadPath(path);
    }

    /** Loads from a source, which stays open. */
    public OggSpeex(FileSource source) throws MutagenError {
        super(source.path());
        loadSource(source);
    }

    @Override
    protected void loadStreams(FileSource source) throws IOException {
        info = OggSpeexInfo.read(source);
        tags = OggSpeexVComment.read(source, info.headerEnd(), info);
        info.postTags(source);
    }

    /** Removes the comment of the Ogg Speex file at a path (mutagen's module-level {@code delete}). */
    public static void deleteFrom(Path path) throws IOException {
        new OggSpeex(path).delete(path);
    }

    @Override
    public OggSpeexInfo info() {
        return info;
    }

    @Override
    public OggSpeexVComment tags() {
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
        return new OggSpeexHeaderError(message);
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
