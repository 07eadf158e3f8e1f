// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.monkeysaudio;

import java.io.IOException;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * Monkey's Audio stream information (mutagen's {@code MonkeysAudioInfo}) from the 76-byte {@code MAC } header. From
 * version 3980 on the frame layout is at offset 56; before, the blocks per frame follow from the version and the
 * compression level, and the bits per sample from an embedded {@code WAVEfmt} header (else 0).
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class MonkeysAudioInfo extends StreamInfo {
    private static final String[] ATTRIBUTE_KEYS = {"bits_per_sample", "channels", "length", "sample_rate", "version"};
    static final byte[] MAGIC = Bytes.ascii("MAC ");

    private final double version;
    private final int channels;
    private final long sampleRate;
    private final int bitsPerSample;
    private final double length;

    private MonkeysAudioInfo(double version, int channels, long sampleRate, int bitsPerSample, double length) {
        this.version = version;
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.bitsPerSample = bitsPerSample;
        this.length = length;
    }

    static MonkeysAudioInfo read(FileSource src) throws IOException {
        byte[] h = src.read(0, 76);
        if (h.length != 76 || !Bytes.startsWith(h, MAGIC)) {
            throw new MonkeysAudioHeaderError("not a Monkey's Audio file");
        }
        ByteReader r = new ByteReader(h, MonkeysAudioHeaderError::new);
        r.skip(4);
        int version = r.u16le();
        long blocksPerFrame;
        long finalFrameBlocks;
        long totalFrames;
        int bits;
        int channels;
        long rate;
        if (version >= 3980) {
            r.position(56);
            blocksPerFrame = r.u32le();
            finalFrameBlocks = r.u32le();
            totalFrames = r.u32le();
            bits = r.u16le();
            channels = r.u16le();
            rate = r.u32le();
        } else {
            int level = r.u16le();
            r.position(10);
            channels = r.u16le();
            rate = r.u32le();
            r.position(24);
            totalFrames = r.u32le();
            finalFrameBlocks = r.u32le();
            if (version >= 3950) {
                blocksPerFrame = 73728 * 4;
            } else if (version >= 3900 || (version >= 3800 && level == 4)) {
                blocksPerFrame = 73728;
            } else {
                blocksPerFrame = 9216;
            }
            bits = Bytes.regionMatches(h, 48, Bytes.ascii("WAVEfmt")) ? (h[74] & 0xFF) | (h[75] & 0xFF) << 8 : 0;
        }
        double length = 0.0;
        if (rate != 0 && totalFrames > 0) {
            length = (double) ((totalFrames - 1) * blocksPerFrame + finalFrameBlocks) / rate;
        }
        return new MonkeysAudioInfo(version / 1000.0, channels, rate, bits, length);
    }

    /**
     * The stream version as a float, e.g. 3.99.
     *
     * @return the stream version as a float, e.g
     */
    public double version() {
        return version;
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
     * The bits per sample (0 when an old header does not say).
     *
     * @return the bits per sample (0 when an old header does not say)
     */
    public int bitsPerSample() {
        return bitsPerSample;
    }

    @Override
    public double length() {
        return length;
    }

    /** {@code Monkey's Audio 3.99, 3.68 seconds, 44100 Hz}. */
    @Override
    public String pprint() {
        return "Monkey's Audio " + PyRepr.fixed(version, 2) + ", " + PyRepr.fixed(length, 2) + " seconds, "
                + sampleRate + " Hz";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTE_KEYS, bitsPerSample, channels, length, sampleRate, version);
    }
}
