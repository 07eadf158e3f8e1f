// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import java.io.IOException;
import mutagen.iff.IffFile;
import mutagen.iff.IffID3;
import mutagen.util.FileSource;

/**
 * The ID3v2 tag of a DSDIFF file, in its {@code ID3 } chunk. Mirrors mutagen's {@code mutagen.dsdiff._DSDIFFID3}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class DSDIFFID3 extends IffID3 {

    /** An empty tag. */
    public DSDIFFID3() {
    }

    @Override
    protected IffFile loadFile(FileSource source) throws IOException {
        return new DSDIFFFile(source);
    }
}
