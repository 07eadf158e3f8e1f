// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import java.math.BigInteger;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.PyRepr;

/**
 * The stream information of a DSF file, from its {@code fmt } chunk. Mirrors {@code mutagen.dsf.DSFInfo}: length =
 * samples / rate, bitrate = rate x bits per sample x channels.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class DSFInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "bits_per_sample", "channels", "fmt_chunk", "length",
        "sample_rate"};

    private final FormatChunk fmtChunk;

    /**
     * The information of a {@code fmt } chunk.
     *
     * @param fmtChunk the fmt chunk
     */
    public DSFInfo(FormatChunk fmtChunk) {
        this.fmtChunk = fmtChunk;
    }

    /**
     * The {@code fmt } chunk.
     *
     * @return the {@code fmt } chunk
     */
    public FormatChunk fmtChunk() {
        return fmtChunk;
    }

    /**
     * The number of channels.
     *
     * @return the number of channels
     */
    public long channels() {
        return fmtChunk.channelNum();
    }

    /**
     * The sampling frequency in Hz (2822400, 5644800, 11289600 or 22579200).
     *
     * @return the sampling frequency in Hz (2822400, 5644800, 11289600 or 22579200)
     */
    public long sampleRate() {
        return fmtChunk.samplingFrequency();
    }

    /**
     * The bits per sample.
     *
     * @return the bits per sample
     */
    public long bitsPerSample() {
        return fmtChunk.bitsPerSample();
    }

    /**
     * The bitrate: rate x bits x channels, a {@code Long} or, beyond 2^63, a {@code BigInteger}.
     *
     * @return the bitrate: rate x bits x channels, a {@code Long} or, beyond 2^63, a {@code BigInteger}
     */
    public Number bitrate() {
        BigInteger p = BigInteger.valueOf(sampleRate()).multiply(BigInteger.valueOf(bitsPerSample()))
                .multiply(BigInteger.valueOf(channels()));
        return p.bitLength() < 64 ? (Number) p.longValue() : p;
    }

    /** samples / rate (0 for a rate of 0, where mutagen raises {@code ZeroDivisionError}). */
    @Override
    public double length() {
        return fmtChunk.length();
    }

    @Override
    public String pprint() {
        return channels() + " channel DSF @ " + bitsPerSample() + " bits, " + sampleRate() + " Hz, "
                + PyRepr.fixed(length(), 2) + " seconds";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate(), bitsPerSample(), channels(), fmtChunk, length(), sampleRate());
    }
}
