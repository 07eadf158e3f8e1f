// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg.internal;

import java.io.EOFException;
import java.io.IOException;
import mutagen.ogg.OggError;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * The fixed part of one page as read from a file, checked as mutagen's {@code OggPage.__init__} checks it (magic,
 * version, lacing present, data present), without reading the packet data: what a scan for the last page needs, and
 * what a reader of one packet needs to find its pieces. Not exported from the module (but to the Ogg FLAC module).
 *
 * <p>Thread-safe: immutable.
 */
public final class PageHeader {
    /** The size of the fixed part of a page header, before the lacing values. */
    public static final int FIXED = 27;
    private static final byte[] MAGIC = {'O', 'g', 'g', 'S'};

    /** The file offset of the page. */
    public final long offset;
    /** The stream structure version (0). */
    public final int version;
    /** The header type flags: 1 continued, 2 first, 4 last. */
    public final int flags;
    /** The granule position. */
    public final long position;
    /** The serial number of the logical stream. */
    public final long serial;
    /** The page sequence number. */
    public final int sequence;
    /** The number of lacing values, which follow the fixed part. */
    public final int segments;
    /** The size of the packet data. */
    public final long dataSize;
    /** The number of packets (or pieces of packets) on the page, as {@code OggPage.packets()} has them. */
    public final int packets;
    /** The size of the first packet (or piece) on the page; 0 when there is none. */
    public final int firstPacketSize;
    /** Whether the page's last packet ends on it (no lacing value, or a last one below 255). */
    public final boolean complete;

    private PageHeader(long offset, int version, int flags, long position, long serial, int sequence, int segments,
            long dataSize, int packets, int firstPacketSize, boolean complete) {
        this.offset = offset;
        this.version = version;
        this.flags = flags;
        this.position = position;
        this.serial = serial;
        this.sequence = sequence;
        this.segments = segments;
        this.dataSize = dataSize;
        this.packets = packets;
        this.firstPacketSize = firstPacketSize;
        this.complete = complete;
    }



    /**
     * The offset of the data, after the header and the lacing values.
     *
     * @return the offset of the data
     */
    public long dataOffset() {
        return offset + FIXED + segments;
    }

    /**
     * The offset just after the page.
     *
     * @return the offset just after the page
     */
    public long end() {
        return dataOffset() + dataSize;
    }

    /**
     * Reads the page header at {@code offset} and checks that its data is in the file.
     *
     * @param source the file
     * @param offset the offset of the page
     * @return the header
     * @throws IOException if reading fails
     * @throws EOFException at the end of the file (nothing, or only zero bytes, left: Python's {@code EOFError})
     * @throws OggError when the bytes there are not a complete Ogg page
     */
    public static PageHeader read(FileSource source, long offset) throws IOException {
        return parse(source, offset, true);
    }

    /**
     * The page header at {@code offset} as {@link #read} reads it, or {@code null} where {@link #read} fails: for a
     * scan that stops at the first page it cannot read (as mutagen's catches its own error), without making the error.
     *
     * @param source the file
     * @param offset the offset of the page
     * @return the header, or {@code null}
     * @throws IOException if reading fails
     */
    public static PageHeader readOrNull(FileSource source, long offset) throws IOException {
        return parse(source, offset, false);
    }

    // The fixed part and the lacing values are read in place (no copy); with raise false a failure answers null.
    private static PageHeader parse(FileSource source, long offset, boolean raise) throws IOException {
        long left = source.size() - offset;
        if (left < FIXED) {
            if (!raise) {
                return null;
            }
            byte[] head = source.read(offset, FIXED);
            if (allZero(head)) {
                throw new EOFException();
            }
            throw new OggError("unable to read full header; got " + PyRepr.bytes(head));
        }
        ByteReader in = source.reader(offset, Math.min(left, FIXED + 255), OggError::new);
        if (!in.startsWith(MAGIC)) {
            if (!raise) {
                return null;
            }
            throw new OggError("read " + PyRepr.bytes(in.bytes(4)) + ", expected b'OggS', at 0x"
                    + Long.toHexString(offset));
        }
        in.skip(4);
        int version = in.u8();
        if (version != 0) {
            return fail(raise, "version " + version + " unsupported");
        }
        int flags = in.u8();
        long position = in.u64le();
        long serial = in.u32le();
        int sequence = in.s32le();
        in.skip(4);
        int segments = in.u8();
        if (in.remaining() < segments) {
            return fail(raise, "unable to read " + segments + " lacing bytes");
        }
        in.ensure(segments);
        byte[] lacing = in.array();
        int at = in.arrayPosition();
        long dataSize = 0;
        int packets = 0;
        int first = -1;
        for (int i = at; i < at + segments; i++) {
            int c = lacing[i] & 0xFF;
            dataSize += c;
            if (c < 255) {
                packets++;
                if (first < 0) {
                    first = (int) dataSize;
                }
            }
        }
        boolean complete = segments == 0 || (lacing[at + segments - 1] & 0xFF) < 255;
        if (!complete) {
            // The last piece goes on: a packet of its own on this page, as OggPage.packets() has it.
            packets++;
        }
        if (left - FIXED - segments < dataSize) {
            return fail(raise, "unable to read full data");
        }
        return new PageHeader(offset, version, flags, position, serial, sequence, segments, dataSize, packets,
                first < 0 ? (int) dataSize : first, complete);
    }

    private static PageHeader fail(boolean raise, String message) throws OggError {
        if (raise) {
            throw new OggError(message);
        }
        return null;
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
