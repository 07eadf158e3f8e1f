// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import java.io.IOException;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * The three chunks at the start of a DSF file: {@code DSD } (28 bytes at 0), {@code fmt } (52 bytes at 28) and the
 * header of {@code data} (12 bytes at 80). Mirrors {@code mutagen.dsf.DSFFile} with its {@code DSDChunk},
 * {@code FormatChunk} and {@code DataChunk}. All fields are little-endian.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class DSFFile {
    /** Where the {@code data} chunk starts: after the {@code DSD } and {@code fmt } chunks. */
    static final long DATA_OFFSET = DSDChunk.SIZE + FormatChunk.SIZE;

    private final DSDChunk dsdChunk;
    private final FormatChunk fmtChunk;
    private final long dataChunkSize;

    /**
     * Reads the three chunks.
     *
     * @param source the file to read (or to edit in place)
     * @throws DSFError for a chunk cut short, a wrong ID or size, or an unsupported format version or ID
     */
    public DSFFile(FileSource source) throws IOException {
        dsdChunk = DSDChunk.read(source);
        fmtChunk = FormatChunk.read(source, DSDChunk.SIZE);
        ByteReader r = chunk(source, DSDChunk.SIZE + FormatChunk.SIZE, 12, "data", "DSF data header not found");
        dataChunkSize = r.u64le();
        if (Long.compareUnsigned(dataChunkSize, 12) < 0) {
            throw new DSFError("DSF data header size mismatch");
        }
    }

    /**
     * The {@code DSD } chunk.
     *
     * @return the {@code DSD } chunk
     */
    public DSDChunk dsdChunk() {
        return dsdChunk;
    }

    /**
     * The {@code fmt } chunk.
     *
     * @return the {@code fmt } chunk
     */
    public FormatChunk fmtChunk() {
        return fmtChunk;
    }

    /**
     * The size field of the {@code data} chunk (unsigned).
     *
     * @return the size field of the {@code data} chunk (unsigned)
     */
    public long dataChunkSize() {
        return dataChunkSize;
    }

    /** A reader past the ID of the chunk of {@code size} bytes at {@code offset}, after checking the ID. */
    static ByteReader chunk(FileSource source, long offset, int size, String id, String notFound)
            throws IOException {
        byte[] data = source.read(offset, size);
        if (data.length != size) {
            throw new DSFError("DSF chunk truncated");
        }
        if (!Bytes.startsWith(data, Bytes.ascii(id))) {
            throw new DSFError(notFound);
        }
        return new ByteReader(data, 4, size, offset + 4, DSFError::new);
    }

    /** The {@code DSD } chunk: total file size and the pointer to the metadata (the ID3 tag; 0 for none). */
    public static final class DSDChunk {
        /** The size of the chunk. */
        public static final int SIZE = 28;

        private long totalSize;
        private long metadataOffset;

        private DSDChunk() {
        }

        /** Reads the chunk at offset 0. */
        static DSDChunk read(FileSource source) throws IOException {
            ByteReader r = chunk(source, 0, SIZE, "DSD ", "DSF dsd header not found");
            if (r.u64le() != SIZE) {
                throw new DSFError("DSF dsd header size mismatch");
            }
            DSDChunk c = new DSDChunk();
            c.totalSize = r.u64le();
            c.metadataOffset = r.u64le();
            return c;
        }

        /**
         * The total file size field (unsigned).
         *
         * @return the total file size field (unsigned)
         */
        public long totalSize() {
            return totalSize;
        }

        /**
         * The metadata pointer (unsigned; 0 when the file has no tag).
         *
         * @return the metadata pointer (unsigned; 0 when the file has no tag)
         */
        public long metadataOffset() {
            return metadataOffset;
        }

        /** Writes the chunk with new values at offset 0. */
        static void write(FileSource target, long totalSize, long metadataOffset) throws IOException {
            byte[] out = new byte[SIZE];
            System.arraycopy(Bytes.ascii("DSD "), 0, out, 0, 4);
            out[4] = SIZE;
            putLE64(out, 12, totalSize);
            putLE64(out, 20, metadataOffset);
            target.write(0, out);
        }

        private static void putLE64(byte[] b, int i, long v) {
            Bytes.put32le(b, i, v);
            Bytes.put32le(b, i + 4, v >>> 32);
        }

        /**
         * mutagen's {@code pprint()} of the chunk.
         *
         * @return mutagen's {@code pprint()} of the chunk
         */
        public String pprint() {
            return "DSD Chunk (Total file size = " + Long.toUnsignedString(totalSize)
                    + ", Pointer to Metadata chunk = " + Long.toUnsignedString(metadataOffset) + ")";
        }
    }
}
