// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link SMF} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class SMFProvider implements FormatProvider {
    private static final byte[] MTHD = Bytes.ascii("MThd");
    /** Nothing without {@code MThd} at the start (the name decides the rest). */
    private static final Clues CLUES = Clues.upTo(0).magic(0, MTHD, 1);

    /** Creates the provider (ServiceLoader does this). */
    public SMFProvider() {
    }

    @Override
    public String kindName() {
        return "SMF";
    }

    /** mutagen's score: 1 for {@code MThd} at the start of a file named {@code .mid} or {@code .midi}, else 0. */
    @Override
    public int score(ProbeInput input) {
        boolean name = input.nameEndsWith(".mid") || input.nameEndsWith(".midi");
        return input.headerStartsWith(MTHD) && name ? 1 : 0;
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new SMF(source);
    }
}
