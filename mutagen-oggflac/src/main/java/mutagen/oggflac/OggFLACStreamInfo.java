// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.flac.FLACError;
import mutagen.ogg.OggPage;
import mutagen.ogg.internal.LastPage;
import mutagen.ogg.internal.PageHeader;
import mutagen.ogg.internal.OggStreams;
import mutagen.util.Attributes;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * Ogg FLAC stream information: the FLAC STREAMINFO in the stream's first packet; when it gives no length, the length
 * from the last granule position. Mirrors {@code mutagen.oggflac.OggFLACStreamInfo}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public class OggFLACStreamInfo extends StreamInfo {
    private static final String[] KEYS = {"bits_per_sample", "channels", "length", "max_blocksize", "min_blocksize",
        "packets", "sample_rate", "serial", "total_samples"};
    static final byte[] ID_MAGIC = OggStreams.magic("\u007fFLAC");
    private static final byte[] FLAC_MARKER = OggStreams.magic("fLaC");
    /** {@code \x7FFLAC}, the version, the packet count, {@code fLaC}, then the STREAMINFO block's 4-byte header. */
    private static final int STREAMINFO_AT = 17;

    private long packets;
    private long serial;
    private int minBlocksize;
    private int maxBlocksize;
    private int sampleRate;
    private int channels;
    private int bitsPerSample;
    private long totalSamples;
    private double length;
    private long headerEnd;

    private OggFLACStreamInfo() {
    }

    /**
     * Reads the first page whose first packet starts with {@code \x7FFLAC}.
     *
     * @param source the file to read (or to edit in place)
     * @return the {@code OggFLACStreamInfo}
     * @throws OggFLACHeaderError when its marker, mapping version or STREAMINFO is wrong
     */
    public static OggFLACStreamInfo read(FileSource source) throws IOException {
        OggPage page = OggPage.read(source, 0);
        while (!OggStreams.startsWith(page, ID_MAGIC)) {
            page = OggPage.read(source, page.end());
        }
        byte[] packet = page.packets().get(0);
        if (packet.length < 13) {
            // Python: struct.error from unpack(">BBH4s", packet[5:13]).
            throw new OggFLACHeaderError("unpack requires a buffer of 8 bytes");
        }
        int major = packet[5] & 0xFF;
        int minor = packet[6] & 0xFF;
        if (!Bytes.regionMatches(packet, 9, FLAC_MARKER)) {
            throw new OggFLACHeaderError("invalid FLAC marker (" + PyRepr.bytes(Arrays.copyOfRange(packet, 9, 13))
                    + ")");
        }
        if (major != 1 || minor != 0) {
            throw new OggFLACHeaderError("unknown mapping version: " + major + "." + minor);
        }
        OggFLACStreamInfo info = new OggFLACStreamInfo();
        info.packets = Bytes.uintBE(packet, 7, 2);
        info.serial = page.serial();
        info.headerEnd = page.end();
        info.load(Arrays.copyOfRange(packet, Math.min(STREAMINFO_AT, packet.length), packet.length));
        return info;
    }

    private void load(byte[] block) throws OggFLACHeaderError {
        mutagen.flac.StreamInfo flac;
        try {
            flac = new mutagen.flac.StreamInfo(block);
        } catch (FLACError e) {
            OggFLACHeaderError error = new OggFLACHeaderError(e.pythonStr());
            error.initCause(e);
            throw error;
        }
        minBlocksize = flac.minBlocksize();
        maxBlocksize = flac.maxBlocksize();
        sampleRate = flac.sampleRate();
        channels = flac.channels();
        bitsPerSample = flac.bitsPerSample();
        totalSamples = flac.totalSamples();
        length = flac.length();
    }

    /** When STREAMINFO gives no length: the last granule position of the stream over the sample rate. */
    void postTags(FileSource source) throws IOException {
        if (length != 0) {
            return;
        }
        PageHeader page = LastPage.find(source, serial, true);
        if (page == null) {
            throw new OggFLACHeaderError("");
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
    public int channels() {
        return channels;
    }

    /**
     * The sample rate in Hz.
     *
     * @return the sample rate in Hz
     */
    public int sampleRate() {
        return sampleRate;
    }

    /**
     * The bits per sample.
     *
     * @return the bits per sample
     */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    /**
     * The total number of samples (0 when unknown).
     *
     * @return the total number of samples (0 when unknown)
     */
    public long totalSamples() {
        return totalSamples;
    }

    /**
     * The minimum block size.
     *
     * @return the minimum block size
     */
    public int minBlocksize() {
        return minBlocksize;
    }

    /**
     * The maximum block size.
     *
     * @return the maximum block size
     */
    public int maxBlocksize() {
        return maxBlocksize;
    }

    /**
     * The number of header packets after the first, as the mapping header says (0 when unknown).
     *
     * @return the number of header packets after the first, as the mapping header says (0 when unknown)
     */
    public long packets() {
        return packets;
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
        return "Ogg FLAC, " + PyRepr.fixed(length, 2) + " seconds, " + sampleRate + " Hz";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitsPerSample, channels, length, maxBlocksize, minBlocksize, packets, sampleRate,
                serial, totalSamples);
    }
}
