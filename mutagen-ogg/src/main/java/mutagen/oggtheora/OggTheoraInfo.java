// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.LastPage;
import mutagen.ogg.internal.PageHeader;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.Attributes;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * Ogg Theora stream information: frame rate, nominal bitrate and granule shift from the identification header; the
 * length is the frame count of the last granule position over the frame rate. Mirrors
 * {@code mutagen.oggtheora.OggTheoraInfo}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public class OggTheoraInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "fps", "granule_shift", "length", "serial"};
    static final byte[] ID_MAGIC = OggStreams.magic("\u0080theora");

    private double length;
    private double fps;
    private long bitrate;
    private int granuleShift;
    private long serial;
    private long headerEnd;

    private OggTheoraInfo() {
    }

    /**
     * Reads the identification header: the first page whose first packet starts with {@code \x80theora}.
     *
     * @param source the file to read (or to edit in place)
     * @return the {@code OggTheoraInfo}
     * @throws OggTheoraHeaderError when it does not start a stream, is truncated, is not version 3.2 or has a zero
     *     frame rate
     */
    public static OggTheoraInfo read(FileSource source) throws IOException {
        OggPage page = OggPage.read(source, 0);
        while (!OggStreams.hasPacketStartingWith(page, ID_MAGIC)) {
            page = OggPage.read(source, page.end());
        }
        if (!page.first()) {
            throw new OggTheoraHeaderError("page has ID header, but doesn't start a stream");
        }
        byte[] data = page.packets().get(0);
        if (data.length < 42) {
            throw new OggTheoraHeaderError("Truncated header");
        }
        int vmaj = data[7] & 0xFF;
        int vmin = data[8] & 0xFF;
        if (vmaj != 3 || vmin != 2) {
            throw new OggTheoraHeaderError("found Theora version " + vmaj + "." + vmin + " != 3.2");
        }
        long fpsNum = Bytes.u32be(data, 22);
        long fpsDen = Bytes.u32be(data, 26);
        if (fpsDen == 0 || fpsNum == 0) {
            throw new OggTheoraHeaderError("FRN or FRD is equal to zero");
        }
        OggTheoraInfo info = new OggTheoraInfo();
        info.fps = fpsNum / (double) fpsDen;
        info.bitrate = Bytes.uintBE(data, 37, 3);
        info.granuleShift = (int) ((Bytes.uintBE(data, 40, 2) >> 5) & 0x1F);
        info.serial = page.serial();
        info.headerEnd = page.end();
        return info;
    }

    /** Sets the length from the last page of the stream that finishes a packet. */
    void postTags(FileSource source) throws IOException {
        PageHeader page = LastPage.find(source, serial, true);
        if (page == null) {
            throw new OggTheoraHeaderError("");
        }
        long position = page.position;
        long mask = (1L << granuleShift) - 1;
        long frames = (position >> granuleShift) + (position & mask);
        length = frames / fps;
    }

    /** The offset after the identification header's page. */
    long headerEnd() {
        return headerEnd;
    }

    @Override
    public double length() {
        return length;
    }

    /**
     * Video frames per second.
     *
     * @return the value
     */
    public double fps() {
        return fps;
    }

    /**
     * The nominal bitrate in bits per second.
     *
     * @return the nominal bitrate in bits per second
     */
    public long bitrate() {
        return bitrate;
    }

    /**
     * The number of granule position bits that count frames since the last key frame.
     *
     * @return the number of granule position bits that count frames since the last key frame
     */
    public int granuleShift() {
        return granuleShift;
    }

    /**
     * The serial number of the stream.
     *
     * @return the serial number of the stream
     */
    public long serial() {
        return serial;
    }

    @Override
    public String pprint() {
        return "Ogg Theora, " + PyRepr.fixed(length, 2) + " seconds, " + bitrate + " bps";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate, fps, granuleShift, length, serial);
    }
}
