// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens AIFF files. Mirrors {@code mutagen.aiff.AIFF.score}: {@code FORM} at the start counts two, a
 * file name ending in {@code .aif}, {@code .aiff} or {@code .aifc} (case-insensitive) one each.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class AIFFProvider implements FormatProvider {
    private static final byte[] FORM = Bytes.ascii("FORM");

    /** Creates the provider (ServiceLoader). */
    public AIFFProvider() {
    }

    @Override
    public String kindName() {
        return "AIFF";
    }

    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, FORM, 2).suffix(".aif", 1).suffix(".aiff", 1)
            .suffix(".aifc", 1);

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
        return new AIFF(source);
    }
}
