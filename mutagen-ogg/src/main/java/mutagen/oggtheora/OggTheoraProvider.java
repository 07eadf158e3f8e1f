// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects Ogg Theora for {@link mutagen.File}: when the header starts with {@code OggS}, 2 for each of the
 * identification and comment magics it holds.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class OggTheoraProvider implements FormatProvider {
    private static final byte[] OGGS = {'O', 'g', 'g', 'S'};
    /** Nothing without {@code OggS} at the start; at most 4 with it. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, OGGS, 4);

    /** Creates the provider (the service loader calls this). */
    public OggTheoraProvider() {
    }

    @Override
    public String kindName() {
        return "OggTheora";
    }

    @Override
    public int score(ProbeInput input) {
        if (!input.headerStartsWith(OGGS)) {
            return 0;
        }
        return ((input.headerContains(OggTheoraInfo.ID_MAGIC) ? 1 : 0)
                + (input.headerContains(OggTheoraCommentDict.MAGIC) ? 1 : 0)) * 2;
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new OggTheora(source);
    }
}
