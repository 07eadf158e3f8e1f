// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens FLAC files for {@link mutagen.File}. The score is mutagen's {@code FLAC.score}: 1 when the file
 * starts with {@code fLaC}, plus 3 when the name ends with {@code .flac}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class FLACProvider implements FormatProvider {
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, FLACParser.MAGIC, 1).suffix(".flac", 3);

    /** Creates the provider (the service loader calls this). */
    public FLACProvider() {
    }

    @Override
    public String kindName() {
        return "FLAC";
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
        return new FLAC(source);
    }
}
