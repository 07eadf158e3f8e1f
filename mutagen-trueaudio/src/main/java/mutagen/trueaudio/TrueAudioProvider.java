// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Clues;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * Detects and opens True Audio files: {@link TrueAudio}, or {@link EasyTrueAudio} under {@link Options#easy()}.
 * mutagen's score: 1 for {@code ID3} at the start, 1 for {@code TTA}, 2 for a {@code .tta} name.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class TrueAudioProvider implements FormatProvider {
    private static final byte[] ID3 = Bytes.ascii("ID3");
    private static final byte[] TTA = Bytes.ascii("TTA");
    /** The score is exactly these clues. */
    private static final Clues CLUES = Clues.upTo(0).magic(0, ID3, 1).magic(0, TTA, 1).suffix(".tta", 2);

    /** Creates the provider (ServiceLoader does this). */
    public TrueAudioProvider() {
    }

    @Override
    public String kindName() {
        return "TrueAudio";
    }

    @Override
    public String kindName(Options options) {
        return options.easy() ? "EasyTrueAudio" : "TrueAudio";
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
        return options.easy() ? new EasyTrueAudio(source) : new TrueAudio(source);
    }
}
