// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import java.io.IOException;
import mutagen.id3.ID3;
import mutagen.id3.ID3Error;
import mutagen.id3.ID3NoHeaderError;
import mutagen.id3.ID3SaveOptions;
import mutagen.util.Bytes;
import mutagen.util.FileSource;

/**
 * The ID3v2 tag of a DSF file, at the metadata pointer of the {@code DSD } chunk. Mirrors mutagen's
 * {@code mutagen.dsf._DSFID3}.
 *
 * <p>Saving writes the tag at the pointer (at the end of the file when the pointer is 0, which is then set), cuts
 * the file after the tag and updates the total size in the {@code DSD } chunk. The v1 option is ignored.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class DSFID3 extends ID3 {
    /** The largest gap of zeros a save writes between the end of the file and a pointer past it. */
    static final long MAX_GAP = 1 << 24;
    private static final byte[] ID3_MAGIC = Bytes.ascii("ID3");

    /** An empty tag. */
    public DSFID3() {
    }

    @Override
    protected long preLoadHeader(FileSource source) throws IOException {
        long pointer = DSFFile.DSDChunk.read(source).metadataOffset();
        if (pointer == 0) {
            throw new ID3NoHeaderError("File has no existing ID3 tag");
        }
        return pointer < 0 || pointer > (1L << 62) ? 1L << 62 : pointer;
    }

    @Override
    public void save(FileSource target, ID3SaveOptions options) throws IOException {
        DSFFile file = new DSFFile(target);
        DSFFile.DSDChunk dsd = file.dsdChunk();
        long pointer = dsd.metadataOffset();
        if (pointer == 0) {
            pointer = target.size();
        }
        requireAfterData(target, file, pointer, dsd.metadataOffset() == 0);
        if (dsd.metadataOffset() == 0) {
            DSFFile.DSDChunk.write(target, dsd.totalSize(), pointer);
        }
        if (pointer < 0 || pointer - target.size() > MAX_GAP) {
            throw new DSFError("the metadata pointer " + Long.toUnsignedString(pointer)
                    + " lies far beyond the end of the file (" + target.size() + " bytes)");
        }
        byte[] data;
        try {
            data = prepareData(target, pointer, size(), options);
        } catch (ID3Error e) {
            throw new DSFError(e.pythonStr(), e);
        }
        target.write(pointer, data);
        target.truncate(pointer + data.length);
        DSFFile.DSDChunk.write(target, pointer + data.length, pointer);
    }

    /**
     * Declines a tag that would overwrite the header chunks or the audio: a metadata pointer (or, for a new tag, the end
     * of the file) before the end the {@code data} chunk claims is accepted only past the chunk headers and where what
     * the save overwrites is an old tag (an ID3 header at the pointer) or nothing (a new tag at the end of a file whose
     * {@code data} chunk claims more bytes than it holds). mutagen 1.48.1 writes the tag at the pointer whatever lies
     * there and cuts the file after it (docs/API-MAPPING.md).
     */
    private static void requireAfterData(FileSource target, DSFFile file, long pointer, boolean atEnd)
            throws IOException {
        long size = file.dataChunkSize();
        long dataEnd = size < 0 || size > (1L << 62) ? 1L << 62 : DSFFile.DATA_OFFSET + size;
        if (pointer < 0 || pointer >= dataEnd) {
            return;
        }
        if (pointer >= DSFFile.DATA_OFFSET + 12 && (atEnd || Bytes.startsWith(target.read(pointer, 3), ID3_MAGIC))) {
            return;
        }
        throw new DSFError("the ID3 tag would start at byte " + pointer + ", inside the data chunk (which ends at byte "
                + dataEnd + "): it would overwrite the audio or the headers");
    }

    /** Removes the tag from a writable source (not committed) and clears the frames. */
    @Override
    public void delete(FileSource target, boolean deleteV1, boolean deleteV2) throws IOException {
        DSF.deleteTag(target);
        clear();
    }

    /** Removes the tag from the file at the path and clears the frames. */
    @Override
    public void delete(java.nio.file.Path path, boolean deleteV1, boolean deleteV2) throws IOException {
        DSF.deleteFrom(path);
        clear();
    }
}
