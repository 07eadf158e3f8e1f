// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens ASF files. Mirrors {@code mutagen.asf.ASF.score}: the header object's GUID first counts two.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class ASFProvider implements FormatProvider {
    /** Creates the provider (ServiceLoader). */
    public ASFProvider() {
    }

    @Override
    public String kindName() {
        return "ASF";
    }

    @Override
    public int score(ProbeInput input) {
        return input.headerStartsWith(ASFObjects.HEADER) ? 2 : 0;
    }

    /** The score's one clue (made on call, once per provider list: ASFObjects' tables load with its first use). */
    @Override
    public Clues clues() {
        return Clues.upTo(0).magic(0, ASFObjects.HEADER, 2);
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new ASF(source);
    }
}
