// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import java.io.IOException;
import mutagen.MutagenError;
import mutagen.iff.IffFile;
import mutagen.iff.IffID3;
import mutagen.util.FileSource;

/**
 * The ID3v2 tag of a WAVE file, kept in an {@code id3 } (or {@code ID3 }) chunk; a new chunk is named {@code id3 }.
 * Mirrors mutagen's {@code mutagen.wave._WaveID3}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WaveID3 extends IffID3 {

    /** An empty tag. */
    public WaveID3() {
    }

    @Override
    protected IffFile loadFile(FileSource source) throws IOException {
        return new WaveFile(source);
    }

    @Override
    protected String chunkId() {
        return "id3";
    }

    @Override
    protected MutagenError saveError(String message, Throwable cause) {
        return new WAVEError(message, cause);
    }
}
