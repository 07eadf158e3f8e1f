// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.monkeysaudio;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link MonkeysAudio} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class MonkeysAudioProvider implements FormatProvider {
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, MonkeysAudioInfo.MAGIC, 1).suffix(".ape", 1);
    /** Creates the provider (ServiceLoader does this). */
    public MonkeysAudioProvider() {
    }

    @Override
    public String kindName() {
        return "MonkeysAudio";
    }

    /** mutagen's score: 1 for {@code MAC } at the start, 1 for a {@code .ape} name. */
    @Override
    public int score(ProbeInput input) {
        return CLUES.matched(input);
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new MonkeysAudio(source);
    }
}
