// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.monkeysaudio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.apev2.APEv2File;
import mutagen.util.FileSource;

/** A Monkey's Audio file: {@link MonkeysAudioInfo} and APEv2 tags (mutagen's {@code MonkeysAudio}). */
public class MonkeysAudio extends APEv2File {
    /** Loads the file at the path. */
    public MonkeysAudio(Path path) throws IOException {
        super(path, MonkeysAudioInfo::read);
    }

    /** Loads the file from a source (which stays open). */
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
