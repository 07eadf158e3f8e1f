// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import java.util.LinkedHashMap;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.PyRepr;

/**
 * AAC stream information (mutagen's {@code AACInfo}): an ADTS or ADIF stream after an optional leading ID3v2 tag.
 * The length is an estimate, as in mutagen. See {@link AACParser} for how each figure is found.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class AACInfo extends StreamInfo {
    private final String type;
    private final int channels;
    private final int sampleRate;
    private final Number bitrate;
    private final Number length;

    AACInfo(String type, int channels, int sampleRate, Number bitrate, Number length) {
        this.type = type;
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.bitrate = bitrate;
        this.length = length;
    }

    /**
     * {@code ADTS} or {@code ADIF} (mutagen's private {@code _type}).
     *
     * @return {@code ADTS} or {@code ADIF} (mutagen's private {@code _type})
     */
    public String type() {
        return type;
    }

    /**
     * The number of channels (0 when unknown).
     *
     * @return the number of channels (0 when unknown)
     */
    public int channels() {
        return channels;
    }

    /**
     * The sample rate in Hz (0 when unknown).
     *
     * @return the sample rate in Hz (0 when unknown)
     */
    public int sampleRate() {
        return sampleRate;
    }

    /**
     * The bitrate in bits per second, as {@code %d} prints it. mutagen's value is a float for ADTS (see
     * {@link #attributes()}); it is always a whole number.
     *
     * @return the bitrate in bits per second, as {@code %d} prints it
     */
    public long bitrate() {
        return (long) bitrate.doubleValue();
    }

    @Override
    public double length() {
        return length.doubleValue();
    }

    /** {@code AAC (ADTS), 44100 Hz, 3.70 seconds, 2 channel(s), 3159 bps}. */
    @Override
    public String pprint() {
        return "AAC (" + type + "), " + sampleRate + " Hz, " + PyRepr.fixed(length(), 2) + " seconds, " + channels
                + " channel(s), " + bitrate() + " bps";
    }

    /**
     * mutagen's attributes, with Python's types: {@code bitrate} is a {@link Double} for ADTS and an {@link Integer}
     * for ADIF; {@code length} an {@link Integer} 0 for an ADIF stream with a zero bitrate, else a {@link Double}.
     */
    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bitrate", bitrate);
        m.put("channels", channels);
        m.put("length", length);
        m.put("sample_rate", sampleRate);
        return java.util.Collections.unmodifiableMap(m);
    }
}
