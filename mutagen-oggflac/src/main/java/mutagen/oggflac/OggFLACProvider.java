// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects Ogg FLAC for {@link mutagen.File}: when the header starts with {@code OggS}, 1 for each of {@code FLAC} and
 * {@code fLaC} that it holds.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class OggFLACProvider implements FormatProvider {
    private static final byte[] OGGS = Bytes.ascii("OggS");
    private static final byte[] FLAC = Bytes.ascii("FLAC");
    private static final byte[] MARKER = Bytes.ascii("fLaC");
    /** Nothing without {@code OggS} at the start; at most 2 with it. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, OGGS, 2);

    /** Creates the provider (the service loader calls this). */
    public OggFLACProvider() {
    }

    @Override
    public String kindName() {
        return "OggFLAC";
    }

    @Override
    public int score(ProbeInput input) {
        if (!input.headerStartsWith(OGGS)) {
            return 0;
        }
        return (input.headerContains(FLAC) ? 1 : 0) + (input.headerContains(MARKER) ? 1 : 0);
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new OggFLAC(source);
    }
}
