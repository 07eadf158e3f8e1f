// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import java.util.List;
import mutagen.util.BitPaddedInt;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;
import mutagen.vorbis.VComment;

/**
 * Reads the FLAC marker and the metadata blocks with mutagen's rules; never reads audio frames.
 */
final class FLACParser {
    static final byte[] MAGIC = Bytes.ascii("fLaC");
    private static final byte[] ID3 = Bytes.ascii("ID3");

    private FLACParser() {
    }

    /** A strict reader over a whole file, failing short reads with mutagen's {@code StrictFileObject} words. */
    static ByteReader reader(FileSource source) throws IOException {
        return source.reader(FLACError::new).shortReads(ByteReader.FILE_SAID);
    }

    /** A strict reader over a block's payload. */
    static ByteReader reader(byte[] data) {
        return reader(data, 0, data.length);
    }

    /** A strict reader over a block's payload {@code data[from, to)}, read where it lies. */
    static ByteReader reader(byte[] data, int from, int to) {
        return new ByteReader(data, from, to, 0, FLACError::new).shortReads(ByteReader.FILE_SAID);
    }

    /**
     * Checks for {@code fLaC}, skipping one ID3v2 tag in front, and leaves the reader just after the marker.
     *
     * @return the offset just after {@code fLaC} (4 without ID3)
     */
    static long checkHeader(ByteReader in, String name) throws IOException {
        in.require(4);
        if (in.startsWith(MAGIC)) {
            in.skip(4);
            return 4;
        }
        boolean id3 = in.startsWith(ID3);
        in.skip(4);
        if (id3) {
            in.require(6);
            in.skip(2);
            // mutagen ignores the ID3 footer flag: tag size + 10-byte header, then "fLaC" must follow.
            long size = 14 + BitPaddedInt.decode(in.u32be(), 7);
            // Seeking past the end is allowed; the read there comes up short.
            in.seek(Math.min(size - 4, in.lengthLong()));
            in.require(4);
            if (in.startsWith(MAGIC)) {
                in.skip(4);
                return size;
            }
        }
        throw new FLACNoHeaderError(PyRepr.str(name) + " is not a valid FLAC file");
    }

    /** The result of reading the metadata blocks. */
    static final class Blocks {
        VCFLACDict tags;
        CueSheet cuesheet;
        SeekTable seektable;
        long audioStart;
    }

    /** Reads blocks after the marker up to the one flagged last, appending them to {@code out}. */
    static Blocks readBlocks(ByteReader in, List<MetadataBlock> out) throws IOException {
        Blocks result = new Blocks();
        boolean last = false;
        while (!last) {
            int first = in.u8();
            long size = in.u24be();
            int code = first & 0x7F;
            last = (first & 0x80) != 0;
            MetadataBlock block;
            if (code == VCFLACDict.CODE || code == Picture.CODE) {
                // The size of these two blocks is not trusted (mutagen issues 52 and 106): parse the payload and
                // keep the header size only when the real size does not fit 24 bits.
                long start = in.tell();
                if (code == VCFLACDict.CODE) {
                    VCFLACDict vc = new VCFLACDict(in);
                    if (in.tell() - start > MetadataBlock.MAX_SIZE) {
                        vc.invalidOverflowSize = size;
                    }
                    block = vc;
                } else {
                    Picture pic = new Picture(in);
                    if (in.tell() - start > MetadataBlock.MAX_SIZE) {
                        pic.invalidOverflowSize = size;
                    }
                    block = pic;
                }
            } else if (code == Padding.CODE) {
                in.skip(size);
                block = Padding.ofLength(size);
            } else if (code == SeekTable.CODE) {
                // Parsed where they lie: the numbers are all these blocks keep.
                block = in.read(size, SeekTable::new);
            } else if (code == StreamInfo.CODE || code == CueSheet.CODE) {
                // Also where they lie, by direct calls (each open makes them: the JIT inlines these, not the
                // constructors behind read()'s call site, which every format's chunks share).
                int n = (int) size;
                in.ensure(n);
                byte[] data = in.array();
                int at = in.arrayPosition();
                in.skip(n);
                block = code == StreamInfo.CODE ? new StreamInfo(data, at, at + n) : new CueSheet(data, at, at + n);
            } else {
                // The payload is kept for writing back: the block owns the one copy.
                byte[] data = in.bytes(size);
                block = code == Application.CODE ? new Application(data, true) : new RawBlock(code, data, true);
            }
            if (code == VCFLACDict.CODE) {
                // Later comment blocks are kept but ignored, as metaflac does (mutagen issue 377).
                if (result.tags == null) {
                    result.tags = (VCFLACDict) block;
                }
            } else if (code == CueSheet.CODE) {
                if (result.cuesheet != null) {
                    throw new FLACError("> 1 CueSheet block found");
                }
                result.cuesheet = (CueSheet) block;
            } else if (code == SeekTable.CODE) {
                if (result.seektable != null) {
                    throw new FLACError("> 1 SeekTable block found");
                }
                result.seektable = (SeekTable) block;
            }
            out.add(block);
        }
        result.audioStart = in.tell();
        return result;
    }

    /** Walks the block headers after the marker and answers where the audio starts (mutagen re-parses on save). */
    static long findAudioOffset(ByteReader in) throws IOException {
        while (findAudioOffsetOfOne(in)) {
            // next block
        }
        return in.tell();
    }

    /** Skips one block as {@link #findAudioOffset} does; answers whether another block follows. */
    static boolean findAudioOffsetOfOne(ByteReader in) throws IOException {
        int first = in.u8();
        long size = in.u24be();
        int code = first & 0x7F;
        if (code == VCFLACDict.CODE) {
            VComment.skip(in, false);
        } else if (code == Picture.CODE) {
            Picture.skip(in);
        } else {
            in.skip(size);
        }
        return (first & 0x80) == 0;
    }
}
