// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens MP4 files: {@link MP4}, or {@link mutagen.easymp4.EasyMP4} under {@link Options#easy()}. The score
 * is mutagen's
 * {@code MP4.score}: one for {@code ftyp} in the first 128 bytes, one for {@code mp4}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class MP4Provider implements FormatProvider {
    private static final byte[] FTYP = {'f', 't', 'y', 'p'};
    private static final byte[] MP4 = {'m', 'p', '4'};
    /** Bytes anywhere in the header: no magic at a fixed offset, at most 2. */
    private static final Clues CLUES = Clues.upTo(2);

    /** Creates the provider (the service loader calls this). */
    public MP4Provider() {
    }

    @Override
    public String kindName() {
        return "MP4";
    }

    @Override
    public String kindName(Options options) {
        return options.easy() ? "EasyMP4" : "MP4";
    }

    @Override
    public int score(ProbeInput input) {
        return (input.headerContains(FTYP) ? 1 : 0) + (input.headerContains(MP4) ? 1 : 0);
    }

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return options.easy() ? new mutagen.easymp4.EasyMP4(source) : new MP4(source);
    }
}
