// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link APEv2File}s for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class APEv2FileProvider implements FormatProvider {
    /** Creates the provider (ServiceLoader does this). */
    public APEv2FileProvider() {
    }

    @Override
    public String kindName() {
        return "APEv2File";
    }

    /** mutagen's score: 1 for {@code APETAGEX} in the last 160 bytes, minus 1 for a file starting with {@code ID3}. */
    @Override
    public int score(ProbeInput input) throws IOException {
        return scoreOf(input);
    }

    /**
     * The APEv2File part of every APEv2-tagged format's score.
     *
     * @param input the input
     * @return the APEv2File part of every APEv2-tagged format's score
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static int scoreOf(ProbeInput input) throws IOException {
        return (input.tailContains(160, APEv2Location.MAGIC) ? 1 : 0)
                - (input.headerStartsWith(ID3) ? 1 : 0);
    }

    private static final byte[] ID3 = Bytes.ascii("ID3");

    /** The tail's tag gives at most 1: scored only while 1 can still win (when no other format scored more). */
    private static final Clues CLUES = Clues.upTo(1);

    @Override
    public Clues clues() {
        return CLUES;
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new APEv2File(source);
    }
}
