// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
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

    private static final String[] SUFFIXES = {".aif", ".aiff", ".aifc"};

    @Override
    public int score(ProbeInput input) {
        int score = input.headerStartsWith(FORM) ? 2 : 0;
        for (String suffix : SUFFIXES) {
            if (input.nameEndsWith(suffix)) {
                score++;
            }
        }
        return score;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new AIFF(source);
    }
}
