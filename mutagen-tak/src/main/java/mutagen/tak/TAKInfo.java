// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tak;

import java.io.IOException;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * TAK stream information (mutagen's {@code TAKInfo}), from the metadata blocks after {@code tBaK}: each block has
 * a 7-bit type, an unused bit and a 24-bit little-endian size (its 3-byte CRC included). The stream information
 * block gives the sample count, rate, sample size and channels; the encoder information block the version. The
 * blocks end at an end block; the last stream or encoder block read wins, as in mutagen.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class TAKInfo extends StreamInfo {
    private static final String[] ATTRIBUTE_KEYS = {"bitrate", "bits_per_sample", "channels", "encoder_info",
            "length", "number_of_samples", "sample_rate"};
    private static final byte[] MAGIC = Bytes.ascii("tBaK");
    private static final int END = 0;
    private static final int STREAM_INFO = 1;
    private static final int ENCODER_INFO = 4;
    // mutagen compares the size with (80 + 7) / 8 and (182 + 7) / 8 in float division: 10.875 and 23.625.
    private static final int STREAM_INFO_SIZE_MIN = 11;
    private static final int STREAM_INFO_SIZE_MAX = 23;
    private static final int SAMPLE_RATE_MIN = 6000;
    private static final int SAMPLE_BITS_MIN = 8;
    private static final int CHANNEL_NUM_MIN = 1;

    private long numberOfSamples;
    private long sampleRate;
    private int bitsPerSample;
    private int channels;
    private double length;
    private String encoderInfo = "";

    private static final ErrorFactory ERRORS = TAKHeaderError::new;

    private TAKInfo() {
    }

    static TAKInfo read(FileSource src) throws IOException {
        return ERRORS.call(() -> parse(src));
    }

    private static TAKInfo parse(FileSource src) throws IOException {
        byte[] id = src.read(0, 4);
        if (id.length != 4 || !Bytes.startsWith(id, MAGIC)) {
            throw new TAKHeaderError("not a TAK file");
        }
        TAKInfo info = new TAKInfo();
        boolean foundStreamInfo = false;
        long pos = 4;
        while (true) {
            ByteReader head = new ByteReader(src.read(pos, 4), TAKHeaderError::new);
            LSBBitReader bits = new LSBBitReader(head);
            int type = (int) bits.bits(7);
            bits.skip(1);
            if (head.remaining() < 3) {
                throw new TAKHeaderError("not enough data");
            }
            long size = head.u24le();
            pos += 4;
            if (type == END) {
                break;
            } else if (type == STREAM_INFO) {
                info.parseStreamInfo(src, pos, size);
                foundStreamInfo = true;
            } else if (type == ENCODER_INFO) {
                info.parseEncoderInfo(src, pos);
            }
            pos += size;
        }
        if (!foundStreamInfo) {
            throw new TAKHeaderError("missing stream info");
        }
        info.length = (double) info.numberOfSamples / info.sampleRate;
        return info;
    }

    private void parseStreamInfo(FileSource src, long pos, long size) throws IOException {
        if (size < STREAM_INFO_SIZE_MIN || size > STREAM_INFO_SIZE_MAX) {
            throw new TAKHeaderError("stream info has invalid length");
        }
        LSBBitReader bits = new LSBBitReader(new ByteReader(src.read(pos, 10), TAKHeaderError::new));
        bits.skip(6); // codec
        bits.skip(4); // profile
        bits.skip(4); // frame duration
        numberOfSamples = bits.bits(35);
        bits.skip(3); // data type
        sampleRate = bits.bits(18) + SAMPLE_RATE_MIN;
        bitsPerSample = (int) bits.bits(5) + SAMPLE_BITS_MIN;
        channels = (int) bits.bits(4) + CHANNEL_NUM_MIN;
        bits.skip(1); // has extension
    }

    private void parseEncoderInfo(FileSource src, long pos) throws IOException {
        ByteReader r = new ByteReader(src.read(pos, 3), TAKHeaderError::new);
        if (r.remaining() < 3) {
            throw new TAKHeaderError("not enough data");
        }
        int patch = r.u8();
        int minor = r.u8();
        int major = r.u8();
        encoderInfo = "TAK " + major + "." + minor + "." + patch;
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
    public long sampleRate() {
        return sampleRate;
    }

    /**
     * The sample size in bits.
     *
     * @return the sample size in bits
     */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    /**
     * The number of samples per channel.
     *
     * @return the number of samples per channel
     */
    public long numberOfSamples() {
        return numberOfSamples;
    }

    /**
     * Always 0: mutagen sets no bitrate for TAK (its class default).
     *
     * @return the number
     */
    public int bitrate() {
        return 0;
    }

    @Override
    public double length() {
        return length;
    }

    /**
     * The encoder version, e.g. {@code TAK 2.3.0}, or empty when the file has no encoder information.
     *
     * @return the encoder version, e.g
     */
    public String encoderInfo() {
        return encoderInfo;
    }

    /** {@code TAK 2.3.0, 44100 Hz, 16 bits, 3.68 seconds, 2 channel(s)}. */
    @Override
    public String pprint() {
        return (encoderInfo.isEmpty() ? "TAK" : encoderInfo) + ", " + sampleRate + " Hz, " + bitsPerSample
                + " bits, " + PyRepr.fixed(length, 2) + " seconds, " + channels + " channel(s)";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTE_KEYS, 0, bitsPerSample, channels, encoderInfo, length, numberOfSamples,
                sampleRate);
    }
}
