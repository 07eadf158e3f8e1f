// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import mutagen.util.Bytes;

/**
 * The VBRI header that Fraunhofer's encoder puts 32 bytes after the first frame's header.
 *
 * <p>Mirrors mutagen's internal {@code mutagen.mp3._util.VBRIHeader}. Parsing a file checks that the table of
 * contents is there but does not read it (nothing uses it); {@link #parse(byte[])} decodes it.
 */
final class VBRIHeader {
    /** Length of the fixed part. */
    static final int SIZE = 26;
    /** Where the header starts, counted from the frame's sync. */
    static final int OFFSET = 36;

    int version;
    int quality;
    /** Number of bytes of the stream. */
    long bytes;
    /** Number of frames of the stream. */
    long frames;
    int tocScaleFactor;
    int tocFrames;
    int tocEntries;
    int tocEntrySize;
    /** The decoded table of contents (empty unless decoded). */
    long[] toc = new long[0];

    private VBRIHeader() {
    }

    /**
     * Reads the fixed part and checks the table of contents that follows.
     *
     * @param head the next {@link #SIZE} bytes (fewer when the file ends)
     * @param available how many bytes follow them in the file
     */
    static VBRIHeader parse(byte[] head, long available) throws VBRIHeaderError {
        if (head.length < SIZE || !Bytes.startsWith(head, MPEG.VBRI)) {
            throw new VBRIHeaderError("Not a VBRI header");
        }
        VBRIHeader h = new VBRIHeader();
        h.version = u16(head, 4);
        if (h.version != 1) {
            throw new VBRIHeaderError("Unsupported header version: " + h.version);
        }
        // Bytes 6-7 hold the encoder delay as a 16-bit float, which mutagen skips.
        h.quality = u16(head, 8);
        h.bytes = Bytes.u32be(head, 10);
        h.frames = Bytes.u32be(head, 14);
        h.tocEntries = u16(head, 18);
        h.tocScaleFactor = u16(head, 20);
        h.tocEntrySize = u16(head, 22);
        h.tocFrames = u16(head, 24);
        if (h.tocSize() > available) {
            throw new VBRIHeaderError("VBRI header truncated");
        }
        if (h.tocEntrySize != 2 && h.tocEntrySize != 4) {
            throw new VBRIHeaderError("Invalid TOC entry size");
        }
        return h;
    }

    /** Reads a whole VBRI header, table of contents included, from the start of {@code data}. */
    static VBRIHeader parse(byte[] data) throws VBRIHeaderError {
        byte[] head = java.util.Arrays.copyOf(data, Math.min(SIZE, data.length));
        VBRIHeader h = parse(head, Math.max(0, data.length - SIZE));
        h.toc = new long[h.tocEntries];
        for (int i = 0; i < h.tocEntries; i++) {
            int at = SIZE + i * h.tocEntrySize;
            h.toc[i] = h.tocEntrySize == 2 ? u16(data, at) : Bytes.u32be(data, at);
        }
        return h;
    }

    /** The size of the table of contents in bytes. */
    long tocSize() {
        return (long) tocEntrySize * tocEntries;
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }
}
