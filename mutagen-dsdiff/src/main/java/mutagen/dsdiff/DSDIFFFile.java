// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import java.io.IOException;
import mutagen.iff.ChunkLayout;
import mutagen.iff.IffFile;
import mutagen.iff.InvalidChunk;
import mutagen.util.FileSource;

/**
 * A DSDIFF file: a {@code FRM8} root with 12-byte chunk headers (ID and a 64-bit big-endian size), {@code PROP}
 * containers and the {@code DST } container of compressed files. Mirrors {@code mutagen.dsdiff.DSDIFFFile}.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class DSDIFFFile extends IffFile {

    /**
     * Reads the root chunk.
     *
     * @param source the file to read (or to edit in place)
     * @throws InvalidChunk when the root is not a {@code FRM8} chunk (the message shows the root's repr)
     */
    public DSDIFFFile(FileSource source) throws IOException {
        super(source, ChunkLayout.DSDIFF);
        if (!root().id().equals("FRM8")) {
            throw new InvalidChunk("Root chunk must be a FRM8 chunk, got " + root());
        }
    }
}
