// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects Ogg Speex for {@link mutagen.File}: 1 when the header starts with {@code OggS} and holds the ID magic.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class OggSpeexProvider implements FormatProvider {
    private static final byte[] OGGS = {'O', 'g', 'g', 'S'};
    /** Nothing without {@code OggS} at the start; at most 1 with it. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, OGGS, 1);

    /** Creates the provider (the service loader calls this). */
    public OggSpeexProvider() {
    }

    @Override
    public String kindName() {
        return "OggSpeex";
    }

    @Override
    public int score(ProbeInput input) {
        return input.headerStartsWith(OGGS) && input.headerContains(OggSpeexInfo.ID_MAGIC) ? 1 : 0;
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new OggSpeex(source);
    }
}
