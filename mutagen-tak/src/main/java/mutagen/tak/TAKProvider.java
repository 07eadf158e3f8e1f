// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tak;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link TAK} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class TAKProvider implements FormatProvider {
    private static final byte[] MAGIC = Bytes.ascii("tBaK");
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, MAGIC, 1).suffix(".tak", 1);

    /** Creates the provider (ServiceLoader does this). */
    public TAKProvider() {
    }

    @Override
    public String kindName() {
        return "TAK";
    }

    /** mutagen's score: 1 for {@code tBaK} at the start, 1 for a {@code .tak} name. */
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
        return new TAK(source);
    }
}
