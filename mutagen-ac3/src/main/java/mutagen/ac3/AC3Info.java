// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.PyRepr;

/**
 * AC-3 / E-AC-3 stream information from the first syncframe (mutagen's {@code AC3Info}). The length is a guess from
 * the bitrate and the bytes after the header, as in mutagen. See {@link AC3Parser}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class AC3Info extends StreamInfo {
    private static final String[] ATTRIBUTE_KEYS = {"bitrate", "channels", "codec", "length", "sample_rate"};
    private final String codec;
    private final int channels;
    private final int sampleRate;
    private final int bitrate;
    private final double length;

    AC3Info(String codec, int channels, int sampleRate, int bitrate, double length) {
        this.codec = codec;
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.bitrate = bitrate;
        this.length = length;
    }

    /**
     * {@code ac-3}, or {@code ec-3} for Enhanced AC-3.
     *
     * @return {@code ac-3}, or {@code ec-3} for Enhanced AC-3
     */
    public String codec() {
        return codec;
    }

    /**
     * The number of channels, the LFE channel included.
     *
     * @return the number of channels, the LFE channel included
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
     * The bitrate in bits per second (from the frame size code, or for E-AC-3 the frame size and block count).
     *
     * @return the bitrate in bits per second (from the frame size code, or for E-AC-3 the frame size and block count)
     */
    public int bitrate() {
        return bitrate;
    }

    @Override
    public double length() {
        return length;
    }

    /** {@code ac-3, 44100 Hz, 3.69 seconds, 2 channel(s), 192000 bps}. */
    @Override
    public String pprint() {
        return codec + ", " + sampleRate + " Hz, " + PyRepr.fixed(length, 2) + " seconds, " + channels
                + " channel(s), " + bitrate + " bps";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(ATTRIBUTE_KEYS, bitrate, channels, codec, length, sampleRate);
    }
}
