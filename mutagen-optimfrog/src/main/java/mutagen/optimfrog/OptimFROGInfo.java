// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.optimfrog;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * OptimFROG stream information (mutagen's {@code OptimFROGInfo}) from the first 76 bytes: {@code OFR }, the header
 * size (12, or 15 and more with an encoder id), a 48-bit sample count, the sample type, channels and rate.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class OptimFROGInfo extends StreamInfo {
    private static final String[] ATTRIBUTE_KEYS = {"bits_per_sample", "channels", "encoder_info", "length",
            "sample_rate"};
    private static final byte[] MAGIC = Bytes.ascii("OFR ");

    private final int channels;
    private final long sampleRate;
    private final Integer bitsPerSample;
    private final double length;
    private final String encoderInfo;

    private OptimFROGInfo(int channels, long sampleRate, Integer bitsPerSample, double length, String encoderInfo) {
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.bitsPerSample = bitsPerSample;
        this.length = length;
        this.encoderInfo = encoderInfo;
    }

    static OptimFROGInfo read(FileSource src) throws IOException {
        byte[] h = src.read(0, 76);
        if (h.length != 76 || !Bytes.startsWith(h, MAGIC)) {
            throw new OptimFROGHeaderError("not an OptimFROG file");
        }
        ByteReader r = new ByteReader(h, OptimFROGHeaderError::new);
        r.skip(4);
        long dataSize = r.u32le();
        if (dataSize != 12 && dataSize < 15) {
            throw new OptimFROGHeaderError("not an OptimFROG file");
        }
        long samples = r.u32le();
        samples += (long) r.u16le() << 32;
        int type = r.u8();
        int channels = r.u8() + 1;
        long rate = r.u32le();
        Integer bits = type < 8 ? 8 << (type / 2) : null;
        double length = rate != 0 ? (double) samples / (channels * rate) : 0.0;
        String encoder = "";
        if (dataSize >= 15) {
            String version = Integer.toString((r.u16le() >> 4) + 4500);
            encoder = version.charAt(0) + "." + version.substring(1);
        }
        return new OptimFROGInfo(channels, rate, bits, length, encoder);
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
     * The bits per sample, or null for an unknown sample type (as mutagen's {@code None}).
     *
     * @return the bits per sample, or null for an unknown sample type (as mutagen's {@code None})
     */
    public Integer bitsPerSample() {
        return bitsPerSample;
    }

    @Override
    public double length() {
        return length;
    }

    /**
     * The encoder version, e.g. {@code 5.100}, or empty for old headers.
     *
     * @return the encoder version, e.g
     */
    public String encoderInfo() {
        return encoderInfo;
    }

    /** {@code OptimFROG, 2.00 seconds, 44100 Hz}. */
    @Override
    public String pprint() {
        return "OptimFROG, " + PyRepr.fixed(length, 2) + " seconds, " + sampleRate + " Hz";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTE_KEYS, bitsPerSample, channels, encoderInfo, length, sampleRate);
    }
}
