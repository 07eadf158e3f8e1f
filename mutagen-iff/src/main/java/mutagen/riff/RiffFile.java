// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.riff;

import java.io.IOException;
import mutagen.iff.ChunkLayout;
import mutagen.iff.IffFile;
import mutagen.iff.InvalidChunk;
import mutagen.util.FileSource;

/**
 * A RIFF file: a {@code RIFF} root whose name is the file type ({@code WAVE}, {@code AVI }, ...), with
 * little-endian chunk sizes and {@code LIST} containers. Mirrors {@code mutagen._riff.RiffFile}; the chunks are
 * {@link mutagen.iff.IffChunk}s with {@link ChunkLayout#RIFF} (mutagen's {@code RiffChunk} and
 * {@code RiffListChunk}).
 *
 * <p>Not thread-safe: a file object, its tags and its stream information are used by one thread at a time; different
 * files are independent.
 */
public class RiffFile extends IffFile {
    private final String fileType;

    /**
     * Reads the root chunk.
     *
     * @param source the file to read (or to edit in place)
     * @throws InvalidChunk when the root is not a {@code RIFF} chunk
     */
    public RiffFile(FileSource source) throws IOException {
        super(source, ChunkLayout.RIFF);
        if (!root().id().equals("RIFF")) {
            throw new InvalidChunk("Root chunk must be a RIFF chunk, got " + root().id());
        }
        fileType = root().name();
    }

    /**
     * The root's name: the file type, {@code WAVE} for a WAVE file.
     *
     * @return the root's name: the file type, {@code WAVE} for a WAVE file
     */
    public String fileType() {
        return fileType;
    }
}
