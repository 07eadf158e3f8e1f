// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import java.io.IOException;
import mutagen.util.FileSource;

/**
 * A chunked file: the root chunk (read from offset 0) and lookups among its direct subchunks. Mirrors
 * {@code mutagen._iff.IffFile}; {@link mutagen.riff.RiffFile}, the AIFF and DSDIFF files check the root's ID.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class IffFile {
    private final IffChunk root;

    /**
     * Reads the root chunk.
     *
     * @param source the file to read (or to edit in place)
     * @param layout the layout
     * @throws InvalidChunk for a root header that is cut short or not valid
     */
    public IffFile(FileSource source, ChunkLayout layout) throws IOException {
        this.root = IffChunk.parse(source, layout, 0, null);
    }

    /**
     * The root chunk.
     *
     * @return the root chunk
     */
    public IffChunk root() {
        return root;
    }

    /**
     * Whether the root holds a chunk with this ID (mutagen's {@code id in file}).
     *
     * @param id the identifier
     * @return whether the root holds a chunk with this ID (mutagen's {@code id in file})
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public boolean contains(String id) throws IOException {
        return root.contains(id);
    }

    /**
     * The first chunk with this ID in the root, or {@code null}.
     *
     * @param id the identifier
     * @return the first chunk with this ID in the root, or {@code null}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public IffChunk find(String id) throws IOException {
        return root.find(id);
    }

    /**
     * The first chunk with this ID in the root (mutagen's {@code file[id]}).
     *
     * @param id the identifier
     * @return the first chunk with this ID in the root (mutagen's {@code file[id]})
     * @throws java.util.NoSuchElementException (Python's {@code KeyError}) when there is none
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public IffChunk get(String id) throws IOException {
        return root.get(id);
    }

    /**
     * Removes the first chunk with this ID from the file (mutagen's {@code delete_chunk} and {@code del file[id]}).
     *
     * @param id the identifier
     * @throws java.util.NoSuchElementException (Python's {@code KeyError}) when there is none
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void deleteChunk(String id) throws IOException {
        root.remove(id);
    }

    /**
     * Inserts an empty chunk at the end of the root (mutagen's {@code insert_chunk(id)}).
     *
     * @param id the identifier
     * @return the {@code IffChunk}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public IffChunk insertChunk(String id) throws IOException {
        return root.insertChunk(id, null);
    }

    /**
     * Inserts a chunk with data at the end of the root (mutagen's {@code insert_chunk(id, data)}).
     *
     * @param id the identifier
     * @param data the bytes
     * @return the {@code IffChunk}
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public IffChunk insertChunk(String id, byte[] data) throws IOException {
        return root.insertChunk(id, data);
    }
}
