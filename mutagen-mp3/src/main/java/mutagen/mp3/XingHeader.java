// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import java.util.Arrays;
import mutagen.util.Bytes;

/**
 * The Xing (VBR) or Info (CBR) header that encoders put in the first, silent frame of a layer III stream, with the
 * LAME extension that may follow it.
 *
 * <p>Mirrors mutagen's internal {@code mutagen.mp3._util.XingHeader}.
 */
final class XingHeader {
    static final int FLAG_FRAMES = 0x1;
    static final int FLAG_BYTES = 0x2;
    static final int FLAG_TOC = 0x4;
    static final int FLAG_VBR_SCALE = 0x8;
    private static final int TOC_SIZE = 100;
    /** The most bytes a Xing header with its LAME extension can span (8 + 112 + 20 - 11 + 27). */
    static final int MAX_SIZE = 8 + 4 + 4 + TOC_SIZE + 4 + LAMEHeader.HEADER_START + LAMEHeader.HEADER_SIZE;

    /** Number of frames, -1 when unknown. */
    long frames = -1;
    /** Number of bytes, -1 when unknown. */
    long bytes = -1;
    // The header's bytes and where its table of contents starts (-1: none); decoded only when asked (nothing reads it).
    private byte[] data;
    private int tocAt = -1;
    /** VBR quality indicator 0-100, -1 when unknown. */
    long vbrScale = -1;
    /** The LAME extended header, or null. */
    LAMEHeader lameHeader;
    int lameMajor;
    long lameMinor;
    /** The LAME version, e.g. "3.99.1+"; "" when unknown. */
    String lameVersionDesc = "";
    /** Whether the header starts with "Info" rather than "Xing". */
    boolean isInfo;

    private XingHeader() {
    }

    /**
     * Reads a Xing/Info header from the start of {@code data}, which holds the bytes that follow in the file: at
     * most {@link #MAX_SIZE} are used, and fewer mean the file ends there.
     */
    static XingHeader parse(byte[] data) throws XingHeaderError {
        if (!hasMagic(data)) {
            throw new XingHeaderError("Not a Xing header");
        }
        XingHeader x = new XingHeader();
        x.isInfo = Bytes.startsWith(data, MPEG.INFO);
        long flags = Bytes.u32be(data, 4);
        int pos = 8;
        if ((flags & FLAG_FRAMES) != 0) {
            x.frames = u32(data, pos);
            pos += 4;
        }
        if ((flags & FLAG_BYTES) != 0) {
            x.bytes = u32(data, pos);
            pos += 4;
        }
        if ((flags & FLAG_TOC) != 0) {
            need(data, pos, TOC_SIZE);
            x.data = data;
            x.tocAt = pos;
            pos += TOC_SIZE;
        }
        if ((flags & FLAG_VBR_SCALE) != 0) {
            x.vbrScale = u32(data, pos);
            pos += 4;
        }
        try {
            LAMEHeader.Version v = LAMEHeader.parseVersion(slice(data, pos, LAMEHeader.VERSION_SIZE));
            x.lameMajor = v.major();
            x.lameMinor = v.minor();
            x.lameVersionDesc = v.desc();
            if (v.hasHeader()) {
                int start = pos + LAMEHeader.HEADER_START;
                x.lameHeader = LAMEHeader.parse(slice(data, start, LAMEHeader.HEADER_SIZE), x.vbrScale);
            }
        } catch (LAMEError e) {
            // No (usable) LAME extension: the Xing fields stand alone; a version read before the failure is kept.
        }
        return x;
    }

    /** 100 file offsets in percent (0-255) by play time; empty when unknown. */
    int[] toc() {
        int[] toc = new int[tocAt < 0 ? 0 : TOC_SIZE];
        for (int i = 0; i < toc.length; i++) {
            toc[i] = data[tocAt + i] & 0xFF;
        }
        return toc;
    }

    /** Whether {@code data} starts like a Xing or Info header (and is long enough for its flags). */
    static boolean hasMagic(byte[] data) {
        return data.length >= 8 && (Bytes.startsWith(data, MPEG.XING) || Bytes.startsWith(data, MPEG.INFO));
    }

    /** The guessed encoder settings, "" without a LAME extended header. */
    String encoderSettings() {
        return lameHeader == null ? "" : lameHeader.guessSettings(lameMajor, lameMinor);
    }

    /** Where a Xing header starts, counted from the frame's sync: after the side information. */
    static int offset(double version, int mode) {
        if (version == 1.0) {
            return mode != MPEGInfo.MONO ? 36 : 21;
        }
        return mode != MPEGInfo.MONO ? 21 : 13;
    }

    private static long u32(byte[] data, int pos) throws XingHeaderError {
        need(data, pos, 4);
        return Bytes.u32be(data, pos);
    }

    private static void need(byte[] data, int pos, int n) throws XingHeaderError {
        if (data.length - pos < n) {
            throw new XingHeaderError("Xing header truncated");
        }
    }

    /** Up to {@code n} bytes at {@code pos}, as a stream read would return them. */
    private static byte[] slice(byte[] data, int pos, int n) {
        int from = Math.min(pos, data.length);
        return Arrays.copyOfRange(data, from, Math.min(data.length, pos + n));
    }
}
