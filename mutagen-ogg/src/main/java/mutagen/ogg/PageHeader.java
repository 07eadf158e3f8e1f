// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import java.io.EOFException;
import java.io.IOException;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * The fixed part of one page as read from a file, checked as mutagen's {@code OggPage.__init__} checks it (magic,
 * version, lacing present, data present), without reading the packet data: what a scan for the last page needs.
 */
final class PageHeader {
    static final int FIXED = 27;
    private static final byte[] MAGIC = {'O', 'g', 'g', 'S'};

    final long offset;
    final int version;
    final int flags;
    final long position;
    final long serial;
    final int sequence;
    final byte[] lacing;
    final long dataSize;

    private PageHeader(long offset, int version, int flags, long position, long serial, int sequence, byte[] lacing,
            long dataSize) {
        this.offset = offset;
        this.version = version;
        this.flags = flags;
        this.position = position;
        this.serial = serial;
        this.sequence = sequence;
        this.lacing = lacing;
        this.dataSize = dataSize;
    }

    /** The offset of the data, after the header and the lacing values. */
    long dataOffset() {
        return offset + FIXED + lacing.length;
    }

    /** The offset just after the page. */
    long end() {
        return dataOffset() + dataSize;
    }

    /**
     * Reads the page header at {@code offset} and checks that its data is in the file.
     *
     * @throws EOFException at the end of the file (nothing, or only zero bytes, left: Python's {@code EOFError})
     * @throws OggError when the bytes there are not a complete Ogg page
     */
    static PageHeader read(FileSource source, long offset) throws IOException {
        byte[] head = source.read(offset, FIXED + 255);
        if (head.length < FIXED) {
            if (allZero(head)) {
                throw new EOFException();
            }
            throw new OggError("unable to read full header; got " + PyRepr.bytes(head));
        }
        ByteReader in = new ByteReader(head, 0, head.length, offset, OggError::new);
        if (!in.startsWith(MAGIC)) {
            throw new OggError("read " + PyRepr.bytes(in.bytes(4)) + ", expected b'OggS', at 0x"
                    + Long.toHexString(offset));
        }
        in.skip(4);
        int version = in.u8();
        if (version != 0) {
            throw new OggError("version " + version + " unsupported");
        }
        int flags = in.u8();
        long position = in.u64le();
        long serial = in.u32le();
        int sequence = in.s32le();
        in.skip(4);
        int segments = in.u8();
        if (in.remaining() < segments) {
            throw new OggError("unable to read " + segments + " lacing bytes");
        }
        byte[] lacing = in.bytes(segments);
        long dataSize = 0;
        for (byte b : lacing) {
            dataSize += b & 0xFF;
        }
        PageHeader header = new PageHeader(offset, version, flags, position, serial, sequence, lacing, dataSize);
        if (source.size() - header.dataOffset() < dataSize) {
            throw new OggError("unable to read full data");
        }
        return header;
    }

    private static boolean allZero(byte[] data) {
        for (byte b : data) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
