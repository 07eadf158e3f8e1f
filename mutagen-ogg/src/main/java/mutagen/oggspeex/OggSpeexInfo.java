// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

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
 * Ogg Speex stream information: sample rate, channels and nominal bitrate from the {@code Speex   } header, the
 * length from the last granule position. Mirrors {@code mutagen.oggspeex.OggSpeexInfo}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public class OggSpeexInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "channels", "length", "sample_rate", "serial"};
    static final byte[] ID_MAGIC = OggStreams.magic("Speex   ");

    private double length;
    private long channels;
    private long bitrate;
    private long sampleRate;
    private long serial;
    private long headerEnd;

    private OggSpeexInfo() {
    }

    /**
     * Reads the Speex header: the first page whose first packet starts with {@code Speex   }.
     *
     * @param source the file to read (or to edit in place)
     * @return the {@code OggSpeexInfo}
     * @throws OggSpeexHeaderError when it does not start a stream or is too short
     */
    public static OggSpeexInfo read(FileSource source) throws IOException {
        OggPage page = OggPage.read(source, 0);
        while (!OggStreams.startsWith(page, ID_MAGIC)) {
            page = OggPage.read(source, page.end());
        }
        if (!page.first()) {
            throw new OggSpeexHeaderError("page has ID header, but doesn't start a stream");
        }
        byte[] packet = page.packets().get(0);
        OggSpeexInfo info = new OggSpeexInfo();
        info.sampleRate = u32(packet, 36);
        info.channels = u32(packet, 48);
        info.bitrate = Math.max(0, (int) u32(packet, 52));
        info.serial = page.serial();
        info.headerEnd = page.end();
        return info;
    }

    private static long u32(byte[] packet, int at) throws OggSpeexHeaderError {
        if (packet.length < at + 4) {
            // Python: struct.error from cdata on a short slice.
            throw new OggSpeexHeaderError("unpack requires a buffer of 4 bytes");
        }
        return Bytes.u32le(packet, at);
    }

    /** Sets the length from the last page of the stream that finishes a packet. */
    void postTags(FileSource source) throws IOException {
        PageHeader page = LastPage.find(source, serial, true);
        if (page == null) {
            throw new OggSpeexHeaderError("");
        }
        if (sampleRate == 0) {
            // Python: ZeroDivisionError.
            throw new OggSpeexHeaderError("float division by zero");
        }
        length = page.position / (double) sampleRate;
    }

    /** The offset after the header's page. */
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
    public long channels() {
        return channels;
    }

    /**
     * The nominal bitrate in bits per second (0 when the encoder did not set it).
     *
     * @return the nominal bitrate in bits per second (0 when the encoder did not set it)
     */
    public long bitrate() {
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
        return "Ogg Speex, " + PyRepr.fixed(length, 2) + " seconds";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate, channels, length, sampleRate, serial);
    }
}
