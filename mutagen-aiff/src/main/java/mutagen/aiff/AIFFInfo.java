// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.iff.IffChunk;
import mutagen.iff.PyInt;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * The stream information of an AIFF file, from its {@code COMM} chunk. Mirrors {@code mutagen.aiff.AIFFInfo}.
 *
 * <p>{@code COMM} holds channels (signed 16 bits), sample frames (32 bits), sample size (signed 16 bits) and the
 * sample rate as an 80-bit IEEE extended float, truncated to an integer (infinite, NaN, too large for a double or
 * negative rates are {@code Invalid sample rate}). The length is frames / rate (the integer 0 when the rate is 0),
 * the bitrate channels x sample size x rate.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class AIFFInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "bits_per_sample", "channels", "length", "sample_rate",
        "sample_size"};

    private final int channels;
    private final int sampleSize;
    private final Number sampleRate;
    private final Number bitrate;
    private final Number length;

    /**
     * Reads the information of an AIFF file.
     *
     * @param source the file to read (or to edit in place)
     * @throws mutagen.iff.InvalidChunk for a broken or non-{@code FORM} root
     * @throws AIFFError without a {@code COMM} chunk of 18 bytes or more, or for an invalid sample rate
     */
    public AIFFInfo(FileSource source) throws IOException {
        this(new AIFFFile(source));
    }

    /** Reads the information from the chunk tree of an AIFF file. */
    AIFFInfo(AIFFFile file) throws IOException {
        IffChunk common = file.find("COMM");
        if (common == null) {
            throw new AIFFError(PyRepr.str(IffChunk.missingMessage("COMM")));
        }
        byte[] data = common.read();
        if (data.length < 18) {
            throw new AIFFError("");
        }
        ByteReader r = new ByteReader(data, AIFFError::new);
        channels = r.s16be();
        long frameCount = r.u32be();
        sampleSize = r.s16be();
        double rate = readFloat(r);
        if (Double.isInfinite(rate) || Double.isNaN(rate)) {
            throw new AIFFError("Invalid sample rate");
        }
        sampleRate = PyInt.truncate(rate);
        if (sampleRate.doubleValue() < 0) {
            throw new AIFFError("Invalid sample rate");
        }
        double rateValue = sampleRate.doubleValue();
        length = rateValue != 0 ? (Number) (frameCount / rateValue) : (Number) 0;
        bitrate = PyInt.product(channels, sampleSize, sampleRate);
    }

    /**
     * The 80-bit IEEE extended float at the reader (mutagen's {@code read_float}): infinity where mutagen raises
     * {@code OverflowError} (exponent 0x7FFF, or a power of two beyond a double's range).
     */
    static double readFloat(ByteReader r) throws IOException {
        int expon = r.s16be();
        long himant = r.u32be();
        long lomant = r.u32be();
        double sign = 1;
        if (expon < 0) {
            sign = -1;
            expon += 0x8000;
        }
        if (expon == 0 && himant == 0 && lomant == 0) {
            return sign * 0.0;
        }
        if (expon == 0x7FFF) {
            return Double.POSITIVE_INFINITY;
        }
        int power = expon - 16383 - 63;
        if (power > 1023) {
            return Double.POSITIVE_INFINITY; // Python's pow(2.0, power) overflows
        }
        long mant = (himant << 32) | lomant;
        double m = mant >= 0 ? (double) mant : ((double) ((mant >>> 1) | (mant & 1))) * 2.0;
        return sign * (m * Math.pow(2.0, power));
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
     * The sample size in bits (mutagen's {@code bits_per_sample} and {@code sample_size}).
     *
     * @return the sample size in bits (mutagen's {@code bits_per_sample} and {@code sample_size})
     */
    public int bitsPerSample() {
        return sampleSize;
    }

    /**
     * The sample rate in Hz: a {@code Long}, or a {@code BigInteger} for absurd rates (Python's int).
     *
     * @return the sample rate in Hz: a {@code Long}, or a {@code BigInteger} for absurd rates (Python's int)
     */
    public Number sampleRate() {
        return sampleRate;
    }

    /**
     * The bitrate: a {@code Long}, or a {@code BigInteger} beyond 2^63.
     *
     * @return the bitrate: a {@code Long}, or a {@code BigInteger} beyond 2^63
     */
    public Number bitrate() {
        return bitrate;
    }

    @Override
    public double length() {
        return length.doubleValue();
    }

    @Override
    public String pprint() {
        return channels + " channel AIFF @ " + bitrate + " bps, " + sampleRate + " Hz, "
                + PyRepr.fixed(length.doubleValue(), 2) + " seconds";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate, sampleSize, channels, length, sampleRate, sampleSize);
    }
}
