// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link AC3} streams for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class AC3Provider implements FormatProvider {
    private static final byte[] SYNC = {0x0B, 0x77};
    /** A bound: mutagen compares the name case-sensitively, which the lower-cased suffixes cover. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, SYNC, 2).suffix(".ac3", 1).suffix(".eac3", 1);

    /** Creates the provider (ServiceLoader does this). */
    public AC3Provider() {
    }

    @Override
    public String kindName() {
        return "AC3";
    }

    /**
     * mutagen's score: 2 for the sync word {@code 0B 77} at the start, 1 for a name ending in {@code .ac3} or
     * {@code .eac3} (case-sensitive: mutagen does not lower-case the name for AC-3).
     */
    @Override
    public int score(ProbeInput input) {
        String name = input.fileName();
        boolean ext = name.endsWith(".ac3") || name.endsWith(".eac3");
        return (input.headerStartsWith(SYNC) ? 2 : 0) + (ext ? 1 : 0);
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new AC3(source);
    }
}
