// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.LastPage;
import mutagen.ogg.internal.PageHeader;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * Ogg Opus stream information: channels, pre-skip and output gain from {@code OpusHead}; the length is the last
 * granule position less the pre-skip at 48 kHz, and the bitrate is the bytes after the comment over that length.
 * Mirrors {@code mutagen.oggopus.OggOpusInfo}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public class OggOpusInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "channels", "length", "serial"};
    static final byte[] ID_MAGIC = OggStreams.magic("OpusHead");

    private double length;
    private int channels;
    private long bitrate;
    private long serial;
    private int preSkip;
    private int outputGain;
    private long headerEnd;

    private OggOpusInfo() {
    }

    /**
     * Reads {@code OpusHead}: the first page whose first packet starts with it, from the start of the source.
     *
     * @param source the file to read (or to edit in place)
     * @return the {@code OggOpusInfo}
     * @throws OggOpusHeaderError when the header does not start a stream, is short or has an unknown major version
     */
    public static OggOpusInfo read(FileSource source) throws IOException {
        OggPage page = OggPage.read(source, 0);
        while (!OggStreams.startsWith(page, ID_MAGIC)) {
            page = OggPage.read(source, page.end());
        }
        OggOpusInfo info = new OggOpusInfo();
        info.serial = page.serial();
        if (!page.first()) {
            throw new OggOpusHeaderError("page has ID header, but doesn't start a stream");
        }
        byte[] packet = page.packets().get(0);
        if (packet.length < 19) {
            // Python: struct.error from unpacking a short header.
            throw new OggOpusHeaderError("unpack requires a buffer of 11 bytes");
        }
        ByteReader in = new ByteReader(packet, 8, 19, 0, OggOpusHeaderError::new);
        int version = in.u8();
        info.channels = in.u8();
        info.preSkip = in.u16le();
        in.skip(4);
        info.outputGain = in.s16le();
        int major = version >> 4;
        if (major != 0) {
            throw new OggOpusHeaderError("version " + major + " unsupported");
        }
        info.headerEnd = page.end();
        return info;
    }

    /**
     * Sets the length and bitrate (mutagen's {@code _post_tags}); {@code commentEnd} is where the comment's pages end,
     * the audio size being the rest of the file.
     */
    void postTags(FileSource source, long commentEnd) throws IOException {
        long audioSize = source.size() - commentEnd;
        PageHeader page = LastPage.find(source, serial, true);
        if (page == null) {
            throw new OggOpusHeaderError("");
        }
        length = (page.position - preSkip) / 48000.0;
        bitrate = length != 0 ? PyRepr.intRound(audioSize * 8 / length) : 0;
    }

    /** The offset after the {@code OpusHead} page. */
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
     * The bitrate in bits per second over the audio pages.
     *
     * @return the bitrate in bits per second over the audio pages
     */
    public long bitrate() {
        return bitrate;
    }

    /**
     * The serial number of the stream.
     *
     * @return the serial number of the stream
     */
    public long serial() {
        return serial;
    }

    /**
     * The samples to skip at the start (at 48 kHz).
     *
     * @return the samples to skip at the start (at 48 kHz)
     */
    public int preSkip() {
        return preSkip;
    }

    /**
     * The output gain in Q7.8 dB.
     *
     * @return the output gain in Q7.8 dB
     */
    public int outputGain() {
        return outputGain;
    }

    @Override
    public String pprint() {
        return "Ogg Opus, " + PyRepr.fixed(length, 2) + " seconds, " + bitrate + " bps";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate, channels, length, serial);
    }
}
