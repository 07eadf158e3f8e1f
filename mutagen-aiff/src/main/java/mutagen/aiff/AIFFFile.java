// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import java.io.IOException;
import mutagen.iff.ChunkLayout;
import mutagen.iff.IffChunk;
import mutagen.iff.IffFile;
import mutagen.iff.InvalidChunk;
import mutagen.util.FileSource;

/**
 * An AIFF or AIFF-C file: a {@code FORM} root (named {@code AIFF} or {@code AIFC}; mutagen does not look at the
 * name) with big-endian 32-bit chunk sizes. Mirrors {@code mutagen.aiff.AIFFFile}: looking up {@code FORM} gives the
 * root itself.
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class AIFFFile extends IffFile {

    /**
     * Reads the root chunk.
     *
     * @param source the file to read (or to edit in place)
     * @throws InvalidChunk when the root is not a {@code FORM} chunk
     */
    public AIFFFile(FileSource source) throws IOException {
        super(source, ChunkLayout.AIFF);
        if (!root().id().equals("FORM")) {
            throw new InvalidChunk("Root chunk must be a FORM chunk, got " + root().id());
        }
    }

    @Override
    public boolean contains(String id) throws IOException {
        return id.equals("FORM") || super.contains(id);
    }

    @Override
    public IffChunk find(String id) throws IOException {
        return id.equals("FORM") ? root() : super.find(id);
    }

    @Override
    public IffChunk get(String id) throws IOException {
        return id.equals("FORM") ? root() : super.get(id);
    }
}
