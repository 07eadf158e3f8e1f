// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.optimfrog;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link OptimFROG} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class OptimFROGProvider implements FormatProvider {
    private static final byte[] OFR = Bytes.ascii("OFR");
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, OFR, 1).suffix(".ofr", 1).suffix(".ofs", 1);

    /** Creates the provider (ServiceLoader does this). */
    public OptimFROGProvider() {
    }

    @Override
    public String kindName() {
        return "OptimFROG";
    }

    /** mutagen's score: 1 for {@code OFR} at the start, 1 each for a {@code .ofr} or {@code .ofs} name. */
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
        return new OptimFROG(source);
    }
}
