// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.musepack;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link Musepack} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class MusepackProvider implements FormatProvider {
    private static final byte[] SV7 = Bytes.ascii("MP+");
    private static final byte[] SV8 = Bytes.ascii("MPCK");
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, SV7, 1).magic(0, SV8, 1).suffix(".mpc", 1);

    /** Creates the provider (ServiceLoader does this). */
    public MusepackProvider() {
    }

    @Override
    public String kindName() {
        return "Musepack";
    }

    /** mutagen's score: 1 each for {@code MP+} or {@code MPCK} at the start and a {@code .mpc} name. */
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
        return new Musepack(source);
    }
}
