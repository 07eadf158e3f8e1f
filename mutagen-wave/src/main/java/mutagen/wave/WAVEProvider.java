// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens WAVE files. Mirrors {@code mutagen.wave.WAVE.score}: {@code RIFF} at the start, {@code WAVE} at
 * offset 8, and the file name ending in {@code .wav} or {@code .wave} (case-insensitive) count one each.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class WAVEProvider implements FormatProvider {
    private static final byte[] RIFF = Bytes.ascii("RIFF");
    private static final byte[] WAVE = Bytes.ascii("WAVE");
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, RIFF, 1).magic(8, WAVE, 1).suffix(".wav", 1)
            .suffix(".wave", 1);

    /** Creates the provider (ServiceLoader). */
    public WAVEProvider() {
    }

    @Override
    public String kindName() {
        return "WAVE";
    }

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
        return new WAVE(source);
    }
}
