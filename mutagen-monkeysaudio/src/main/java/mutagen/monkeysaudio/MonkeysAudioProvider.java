// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.monkeysaudio;

import java.io.IOException;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;

/**
 * Detects and opens {@link MonkeysAudio} files for {@link mutagen.File}.
 *
 * <p>Thread-safe: stateless; one instance serves every thread.
 */
public final class MonkeysAudioProvider implements FormatProvider {
    /** Creates the provider (ServiceLoader does this). */
    public MonkeysAudioProvider() {
    }

    @Override
    public String kindName() {
        return "MonkeysAudio";
    }

    /** mutagen's score: 1 for {@code MAC } at the start, 1 for a {@code .ape} name. */
    @Override
    public int score(ProbeInput input) {
        return (input.headerStartsWith(MonkeysAudioInfo.MAGIC) ? 1 : 0) + (input.nameEndsWith(".ape") ? 1 : 0);
    }

    @Override
    public FileType open(FileSource source, Options options) throws IOException {
        return new MonkeysAudio(source);
    }
}
