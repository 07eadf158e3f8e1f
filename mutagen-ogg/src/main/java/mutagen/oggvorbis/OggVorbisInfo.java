// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.ogg.OggError;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.LastPage;
import mutagen.ogg.internal.PageHeader;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * Ogg Vorbis stream information: channels, sample rate and bitrate from the identification header, the length from
 * the granule position of the stream's last page. Mirrors {@code mutagen.oggvorbis.OggVorbisInfo}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public class OggVorbisInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "channels", "length", "sample_rate", "serial"};
    static final byte[] ID_MAGIC = OggStreams.magic("\u0001vorbis");

    private double length;
    private int channels;
    private int bitrate;
    private long sampleRate;
    private long serial;
    private long headerEnd;

    private OggVorbisInfo() {
    }

    /**
     * Reads the identification header: the first page whose first packet starts with {@code \x01vorbis}, from the
     * start of the source.
     *
     * @param source the file to read (or to edit in place)
     * @return the {@code OggVorbisInfo}
     * @throws OggVorbisHeaderError when the header is missing, short or invalid
     * @throws OggError when the pages before it cannot be read
     * @throws java.io.EOFException when the file ends first
     */
    public static OggVorbisInfo read(FileSource source) throws IOException {
        OggPage page = OggPage.read(source, 0);
        if (page.packets().isEmpty()) {
            throw new OggVorbisHeaderError("page has not packets");
        }
        while (!OggStreams.startsWith(page, ID_MAGIC)) {
            page = OggPage.read(source, page.end());
        }
        if (!page.first()) {
            throw new OggVorbisHeaderError("page has ID header, but doesn't start a stream");
        }
        byte[] packet = page.packets().get(0);
        if (packet.length < 28) {
            throw new OggVorbisHeaderError("page contains a packet too short to be valid");
        }
        OggVorbisInfo info = new OggVorbisInfo();
        ByteReader in = new ByteReader(packet, 11, 28, 0, OggVorbisHeaderError::new);
        info.channels = in.u8();
        info.sampleRate = in.u32le();
        int maxBitrate = Math.max(0, in.s32le());
        int nominalBitrate = Math.max(0, in.s32le());
        int minBitrate = Math.max(0, in.s32le());
        if (info.sampleRate == 0) {
            throw new OggVorbisHeaderError("sample rate can't be zero");
        }
        info.serial = page.serial();
        info.bitrate = bitrate(maxBitrate, nominalBitrate, minBitrate);
        info.headerEnd = page.end();
        return info;
    }

    private static int bitrate(int max, int nominal, int min) {
        if (nominal == 0) {
            return (int) (((long) max + min) / 2);
        } else if (max != 0 && max < nominal) {
            // A maximum below the nominal rate shows that the nominal rate is wrong.
            return max;
        } else if (min > nominal) {
            return min;
        }
        return nominal;
    }

    /** Sets the length from the last page of the stream that finishes a packet (mutagen's {@code _post_tags}). */
    void postTags(FileSource source) throws IOException {
        PageHeader page = LastPage.find(source, serial, true);
        if (page == null) {
            throw new OggVorbisHeaderError("");
        }
        length = page.position / (double) sampleRate;
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
     * The number of channels.
     *
     * @return the number of channels
     */
    public int channels() {
        return channels;
    }

    /**
     * The bitrate in bits per second: nominal, or as bounded by the minimum and maximum.
     *
     * @return the bitrate in bits per second: nominal, or as bounded by the minimum and maximum
     */
    public int bitrate() {
        return bitrate;
    }

    /**
     * The sample rate in Hz.
     *
     * @return the sample rate in Hz
     */
    public long sampleRate() {
        return sampleRate;
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
        return "Ogg Vorbis, " + PyRepr.fixed(length, 2) + " seconds, " + bitrate + " bps";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate, channels, length, sampleRate, serial);
    }
}
