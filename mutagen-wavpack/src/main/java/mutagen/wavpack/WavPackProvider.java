// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link WavPack} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class WavPackProvider implements FormatProvider {
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, WavPackInfo.MAGIC, 2);
    /** Creates the provider (ServiceLoader does this). */
    public WavPackProvider() {
    }

    @Override
    public String kindName() {
        return "WavPack";
    }

    /** mutagen's score: 2 for {@code wvpk} at the start. */
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
        return new WavPack(source);
    }
}
