// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
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

    /** Creates the provider (ServiceLoader). */
    public WAVEProvider() {
    }

    @Override
    public String kindName() {
        return "WAVE";
    }

    @Override
    public int score(ProbeInput input) {
        int score = input.headerStartsWith(RIFF) ? 1 : 0;
        if (input.headerMatchesAt(8, WAVE)) {
            score++;
        }
        if (input.nameEndsWith(".wav")) {
            score++;
        }
        if (input.nameEndsWith(".wave")) {
            score++;
        }
        return score;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new WAVE(source);
    }
}
