// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.Attributes;
import mutagen.util.Bytes;
import mutagen.util.PyRepr;

/**
 * The STREAMINFO block (type 0): block and frame sizes, sample rate, channels, bits per sample, total samples and
 * the MD5 signature of the audio.
 *
 * <p>Mirrors {@code mutagen.flac.StreamInfo}. Unlike most stream information it is written back on save, so the
 * setters change the file; {@link #length()} and {@link #bitrate()} are computed at load and not updated by them.
 * Equality covers the six header numbers mutagen compares (not the frame sizes or MD5).
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public class StreamInfo extends mutagen.StreamInfo implements MetadataBlock {
    // The Python attribute names, in the order mutagen's __dict__ lists them.
    private static final String[] ATTRIBUTES = {"min_blocksize", "max_blocksize", "min_framesize", "max_framesize",
        "sample_rate", "channels", "bits_per_sample", "total_samples", "length", "md5_signature", "code", "bitrate"};


    /** The type code of STREAMINFO blocks. */
    public static final int CODE = 0;

    private static final BigInteger MASK32 = BigInteger.valueOf(0xFFFFFFFFL);

    private int minBlocksize;
    private int maxBlocksize;
    private int minFramesize;
    private int maxFramesize;
    private int sampleRate;
    private int channels;
    private int bitsPerSample;
    private long totalSamples;
    private double length;
    private BigInteger md5Signature = BigInteger.ZERO;
    private long bitrate;

    /**
     * Parses a STREAMINFO payload (at least 34 bytes; more are ignored).
     *
     * @param data the bytes
     * @throws FLACError when the payload is short or the sample rate is 0
     */
    public StreamInfo(byte[] data) throws FLACError {
        FLAC.ERRORS.runAs(FLACError.class, () -> load(FLACParser.reader(data)));
    }

    /** Parses the STREAMINFO payload {@code data[from, to)} where it lies. */
    StreamInfo(byte[] data, int from, int to) throws IOException {
        load(FLACParser.reader(data, from, to));
    }

    /** The size of a STREAMINFO payload. */
    private static final int SIZE = 34;

    private void load(ByteReader in) throws IOException {
        long sampleFirst;
        int sampleChannelsBps;
        long bpsTotal;
        if (in.available() >= SIZE) {
            // The whole block is at hand (the usual case): the fields from the array, without a check per field.
            in.ensure(SIZE);
            byte[] d = in.array();
            int at = in.arrayPosition();
            minBlocksize = (int) Bytes.uintBE(d, at, 2);
            maxBlocksize = (int) Bytes.uintBE(d, at + 2, 2);
            minFramesize = (int) Bytes.uintBE(d, at + 4, 3);
            maxFramesize = (int) Bytes.uintBE(d, at + 7, 3);
            sampleFirst = Bytes.uintBE(d, at + 10, 2);
            sampleChannelsBps = d[at + 12] & 0xFF;
            bpsTotal = Bytes.uintBE(d, at + 13, 5);
            in.skip(18);
        } else {
            // Short: read field by field, so the first read that fails says what mutagen's does.
            minBlocksize = (int) in.uintBE(2);
            maxBlocksize = (int) in.uintBE(2);
            minFramesize = (int) in.uintBE(3);
            maxFramesize = (int) in.uintBE(3);
            sampleFirst = in.uintBE(2);
            sampleChannelsBps = (int) in.uintBE(1);
            bpsTotal = in.uintBE(5);
        }
        sampleRate = (int) ((sampleFirst << 4) + (sampleChannelsBps >> 4));
        if (sampleRate == 0) {
            throw new FLACError("A sample rate value of 0 is invalid");
        }
        channels = ((sampleChannelsBps >> 1) & 7) + 1;
        bitsPerSample = (int) (((sampleChannelsBps & 1) << 4) + (bpsTotal >>> 36) + 1);
        totalSamples = bpsTotal & 0xFFFFFFFFFL;
        length = totalSamples / (double) sampleRate;
        in.ensure(16);
        md5Signature = new BigInteger(1, in.array(), in.arrayPosition(), 16);
        in.skip(16);
    }

    @Override
    public int code() {
        return CODE;
    }

    /**
     * The minimum audio block size in samples.
     *
     * @return the minimum audio block size in samples
     */
    public int minBlocksize() {
        return minBlocksize;
    }

    /**
     * Sets the minimum block size.
     *
     * @param v the value
     */
    public void minBlocksize(int v) {
        minBlocksize = v;
    }

    /**
     * The maximum audio block size in samples.
     *
     * @return the maximum audio block size in samples
     */
    public int maxBlocksize() {
        return maxBlocksize;
    }

    /**
     * Sets the maximum block size.
     *
     * @param v the value
     */
    public void maxBlocksize(int v) {
        maxBlocksize = v;
    }

    /**
     * The minimum frame size in bytes (0 when unknown).
     *
     * @return the minimum frame size in bytes (0 when unknown)
     */
    public int minFramesize() {
        return minFramesize;
    }

    /**
     * Sets the minimum frame size.
     *
     * @param v the value
     */
    public void minFramesize(int v) {
        minFramesize = v;
    }

    /**
     * The maximum frame size in bytes (0 when unknown).
     *
     * @return the maximum frame size in bytes (0 when unknown)
     */
    public int maxFramesize() {
        return maxFramesize;
    }

    /**
     * Sets the maximum frame size.
     *
     * @param v the value
     */
    public void maxFramesize(int v) {
        maxFramesize = v;
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
     * Sets the sample rate.
     *
     * @param v the value
     */
    public void sampleRate(int v) {
        sampleRate = v;
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
     * Sets the number of channels.
     *
     * @param v the value
     */
    public void channels(int v) {
        channels = v;
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
     * Sets the bits per sample.
     *
     * @param v the value
     */
    public void bitsPerSample(int v) {
        bitsPerSample = v;
    }

    /**
     * The total number of samples per channel (0 when unknown).
     *
     * @return the total number of samples per channel (0 when unknown)
     */
    public long totalSamples() {
        return totalSamples;
    }

    /**
     * Sets the total number of samples.
     *
     * @param v the value
     */
    public void totalSamples(long v) {
        totalSamples = v;
    }

    /**
     * The MD5 signature of the unencoded audio, as an unsigned 128-bit integer.
     *
     * @return the MD5 signature of the unencoded audio, as an unsigned 128-bit integer
     */
    public BigInteger md5Signature() {
        return md5Signature;
    }

    /**
     * Sets the MD5 signature.
     *
     * @param v the value
     */
    public void md5Signature(BigInteger v) {
        md5Signature = Objects.requireNonNull(v);
    }

    /** The length in seconds: total samples / sample rate, as computed at load. */
    @Override
    public double length() {
        return length;
    }

    /**
     * Sets the length attribute (not written to the file).
     *
     * @param v the value
     */
    public void length(double v) {
        length = v;
    }

    /**
     * The bitrate in bits per second from the audio size and length (0 when the length is 0).
     *
     * @return the bitrate in bits per second from the audio size and length (0 when the length is 0)
     */
    public long bitrate() {
        return bitrate;
    }

    /**
     * Sets the bitrate attribute (not written to the file).
     *
     * @param v the value
     */
    public void bitrate(long v) {
        bitrate = v;
    }

    /** The 34-byte payload. */
    @Override
    public byte[] write() {
        byte[] out = new byte[34];
        put(out, 0, u32(minBlocksize), 2);
        put(out, 2, u32(maxBlocksize), 2);
        put(out, 4, u32(minFramesize), 3);
        put(out, 7, u32(maxFramesize), 3);
        put(out, 10, u32(sampleRate >> 4), 2);
        out[12] = (byte) (((sampleRate & 0xF) << 4) + (((channels - 1) & 7) << 1) + (((bitsPerSample - 1) >> 4) & 1));
        out[13] = (byte) ((((bitsPerSample - 1) & 0xF) << 4) + ((totalSamples >> 32) & 0xF));
        put(out, 14, totalSamples & 0xFFFFFFFFL, 4);
        for (int i = 0; i < 4; i++) {
            long word = md5Signature.shiftRight(96 - 32 * i).and(MASK32).longValue();
            put(out, 18 + 4 * i, word, 4);
        }
        return out;
    }

    private static long u32(long v) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("'I' format requires 0 <= number <= 4294967295");
        }
        return v;
    }

    private static void put(byte[] out, int at, long v, int width) {
        for (int i = 0; i < width; i++) {
            out[at + i] = (byte) (v >>> (8 * (width - 1 - i)));
        }
    }

    /** {@code FLAC, <length> seconds, <rate> Hz}, the length with two decimals as Python's {@code %.2f}. */
    @Override
    public String pprint() {
        return "FLAC, " + PyRepr.fixed(length, 2) + " seconds, " + sampleRate + " Hz";
    }

    /**
     * The attributes as Python's {@code vars(info)} lists them; {@code md5_signature} is a {@link BigInteger}.
     */
    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTES, minBlocksize, maxBlocksize, minFramesize, maxFramesize, sampleRate, channels,
                bitsPerSample, totalSamples, length, md5Signature, CODE, bitrate);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StreamInfo)) {
            return false;
        }
        StreamInfo other = (StreamInfo) o;
        return minBlocksize == other.minBlocksize && maxBlocksize == other.maxBlocksize
                && sampleRate == other.sampleRate && channels == other.channels
                && bitsPerSample == other.bitsPerSample && totalSamples == other.totalSamples;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minBlocksize, maxBlocksize, sampleRate, channels, bitsPerSample, totalSamples);
    }

    @Override
    public String toString() {
        return "<StreamInfo " + pprint() + ">";
    }
}
