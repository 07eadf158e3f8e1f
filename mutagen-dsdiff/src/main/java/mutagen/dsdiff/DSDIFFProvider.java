// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens DSDIFF files. Mirrors {@code mutagen.dsdiff.DSDIFF.score}: {@code FRM8} at the start counts two,
 * a file name ending in {@code .dff} one (case-sensitive, as in mutagen).
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class DSDIFFProvider implements FormatProvider {
    private static final byte[] FRM8 = Bytes.ascii("FRM8");
    /** A bound: mutagen compares the name case-sensitively, which the lower-cased suffix covers. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, FRM8, 2).suffix(".dff", 1);

    /** Creates the provider (ServiceLoader). */
    public DSDIFFProvider() {
    }

    @Override
    public String kindName() {
        return "DSDIFF";
    }

    @Override
    public int score(ProbeInput input) {
        return (input.headerStartsWith(FRM8) ? 2 : 0) + (input.fileName().endsWith(".dff") ? 1 : 0);
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new DSDIFF(source);
    }
}
