// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens DSF files. Mirrors {@code mutagen.dsf.DSF.score}: {@code DSD } at the start counts two,
 * a file name ending in {@code .dsf} one (case-insensitive).
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class DSFProvider implements FormatProvider {
    private static final byte[] DSD = Bytes.ascii("DSD ");
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, DSD, 2).suffix(".dsf", 1);

    /** Creates the provider (ServiceLoader). */
    public DSFProvider() {
    }

    @Override
    public String kindName() {
        return "DSF";
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
        return new DSF(source);
    }
}
