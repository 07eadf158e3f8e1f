// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens MPEG audio files: {@link MP3}, or {@link EasyMP3} under {@link Options#easy()}.
 *
 * <p>Mirrors {@code mutagen.mp3.MP3.score} (see {@link MPEGAudio#score(ProbeInput)}); the kind names are the
 * classes' names, {@code MP3} and {@code EasyMP3}, as mutagen's tie-break uses them.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class MP3Provider implements FormatProvider {
    /** Creates the provider (ServiceLoader). */
    public MP3Provider() {
    }

    @Override
    public String kindName() {
        return "MP3";
    }

    @Override
    public String kindName(Options options) {
        return options.easy() ? "EasyMP3" : "MP3";
    }

    @Override
    public int score(ProbeInput input) {
        return MPEGAudio.score(input);
    }

    @Override
    public Clues clues() {
        return MPEGAudio.CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return options.easy() ? new EasyMP3(source) : new MP3(source);
    }
}
