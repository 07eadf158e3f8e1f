// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.monkeysaudio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/**
 * A Monkey's Audio file: {@link MonkeysAudioInfo} and APEv2 tags (mutagen's {@code MonkeysAudio}).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class MonkeysAudio extends APEv2File {
    /**
     * Loads the file at the path.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MonkeysAudio(Path path) throws IOException {
        super(path, MonkeysAudioInfo::read);
    }

    /**
     * Loads the file from a source (which stays open).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MonkeysAudio(FileSource source) throws IOException {
        super(source, MonkeysAudioInfo::read);
    }

    @Override
    public MonkeysAudioInfo info() {
        return (MonkeysAudioInfo) super.info();
    }

    @Override
    public List<String> mime() {
        return mimes("audio/ape", "audio/x-ape");
    }
}
