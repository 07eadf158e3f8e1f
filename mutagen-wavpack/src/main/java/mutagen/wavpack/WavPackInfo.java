// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * WavPack stream information (mutagen's {@code WavPackInfo}), from the first 32-byte block header: version, channels
 * (mono flag 0x4), rate (table index in flag bits 23-26; DSD files, flag bit 31, have 4 times the rate and 1 bit per
 * sample), bits per sample, and the length from the total samples, or, when that is unknown (0xFFFFFFFF) or the
 * first block does not start at sample 0, from the samples of every block.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class WavPackInfo extends StreamInfo {
    private static final String[] ATTRIBUTE_KEYS = {"bits_per_sample", "channels", "length", "sample_rate", "version"};
    static final int[] RATES = {6000, 8000, 9600, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000, 64000,
        88200, 96000, 192000};
    static final byte[] MAGIC = Bytes.ascii("wvpk");

    private final int version;
    private final boolean mono;
    private final int sampleRate;
    private final int bitsPerSample;
    private final double length;

    private WavPackInfo(int version, boolean mono, int sampleRate, int bitsPerSample, double length) {
        this.version = version;
        this.mono = mono;
        this.sampleRate = sampleRate;
        this.bitsPerSample = bitsPerSample;
        this.length = length;
    }

    /** Reads the stream information at the start of the source. */
    static WavPackInfo read(FileSource src) throws IOException {
        byte[] h = header(src, 0);
        if (h == null) {
            throw new WavPackHeaderError("not a WavPack file");
        }
        long flags = Bytes.u32le(h, 24);
        int rateIndex = (int) ((flags >> 23) & 0xF);
        if (rateIndex >= RATES.length) {
            // mutagen fails with an IndexError here
            throw new WavPackHeaderError("list index out of range");
        }
        int rate = RATES[rateIndex];
        int bits = (int) ((flags & 3) + 1) * 8;
        if (((flags >> 31) & 1) != 0) {
            rate *= 4;
            bits = 1;
        }
        long total = Bytes.u32le(h, 12);
        long samples = total;
        if (total == 0xFFFFFFFFL || Bytes.u32le(h, 16) != 0) {
            samples = walk(src, h);
        }
        int version = (h[8] & 0xFF) | (h[9] & 0xFF) << 8;
        return new WavPackInfo(version, (flags & 4) != 0, rate, bits, (double) samples / rate);
    }

    /** The samples of every block, each header found {@code block_size + 8} bytes after the previous one. */
    private static long walk(FileSource src, byte[] first) throws IOException {
        long samples = Bytes.u32le(first, 20);
        long at = 0;
        byte[] h = first;
        // each step moves on by at least 8 bytes, so the walk ends with the file
        while (true) {
            at += Bytes.u32le(h, 4) + 8;
            h = header(src, at);
            if (h == null) {
                return samples;
            }
            samples += Bytes.u32le(h, 20);
        }
    }

    /** The 32-byte block header at an offset, or null when there is none. */
    private static byte[] header(FileSource src, long at) throws IOException {
        byte[] h = src.read(at, 32);
        return h.length == 32 && Bytes.startsWith(h, MAGIC) ? h : null;
    }

    /**
     * The stream version.
     *
     * @return the stream version
     */
    public int version() {
        return version;
    }

    /**
     * 1 for a mono stream, else 2 (mutagen gives {@code True} for mono: see {@link #attributes()}).
     *
     * @return the number
     */
    public int channels() {
        return mono ? 1 : 2;
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
     * The bits per sample (1 for DSD).
     *
     * @return the bits per sample (1 for DSD)
     */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    @Override
    public double length() {
        return length;
    }

    /** {@code WavPack, 1.00 seconds, 44100 Hz}. */
    @Override
    public String pprint() {
        return "WavPack, " + PyRepr.fixed(length, 2) + " seconds, " + sampleRate + " Hz";
    }

    /** mutagen's attributes; {@code channels} is {@code True} for mono, as mutagen's {@code bool(flags & 4) or 2}. */
    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTE_KEYS, bitsPerSample, mono ? (Object) Boolean.TRUE : (Object) 2, length,
                sampleRate, version);
    }
}
