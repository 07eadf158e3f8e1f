// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link AAC} streams for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class AACProvider implements FormatProvider {
    private static final byte[] ADIF = Bytes.ascii("ADIF");
    /** {@code ADIF} anywhere in the header gives at most 1, the suffixes 1 each. */
    private static final Clues CLUES = Clues.upTo(1).suffix(".aac", 1).suffix(".adts", 1).suffix(".adif", 1);

    /** Creates the provider (ServiceLoader does this). */
    public AACProvider() {
    }

    @Override
    public String kindName() {
        return "AAC";
    }

    /** mutagen's score: 1 for a {@code .aac}, {@code .adts} or {@code .adif} name, 1 for {@code ADIF} in the header. */
    @Override
    public int score(ProbeInput input) {
        boolean name = input.nameEndsWith(".aac") || input.nameEndsWith(".adts") || input.nameEndsWith(".adif");
        return (name ? 1 : 0) + (input.headerContains(ADIF) ? 1 : 0);
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new AAC(source);
    }
}
