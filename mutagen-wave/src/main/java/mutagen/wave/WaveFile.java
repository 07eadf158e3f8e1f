// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import java.io.IOException;
import mutagen.iff.IffChunk;
import mutagen.riff.RiffFile;
import mutagen.util.FileSource;

/**
 * A RIFF file of type {@code WAVE} (mutagen's private {@code _WaveFile}). The first {@code ID3 } chunk, when there
 * is one, is renamed {@code id3} in memory, so that the tag is found under one name.
 */
final class WaveFile extends RiffFile {

    WaveFile(FileSource source) throws IOException {
        super(source);
        if (!"WAVE".equals(fileType())) {
            throw new WAVEError("Expected RIFF/WAVE.");
        }
        IffChunk upper = find("ID3");
        if (upper != null) {
            upper.setId("id3");
        }
    }
}
