// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.Attributes;
import mutagen.util.PyRepr;

/**
 * ASF stream information. Mirrors {@code mutagen.asf.ASFInfo}: the length from the file properties object (play
 * duration minus preroll, never negative), channels, sample rate and bitrate from the last stream properties object,
 * and the codec of the first audio entry of the codec list object (each empty or 0 when the object is missing).
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class ASFInfo extends StreamInfo {
    private static final String[] KEYS = {"bitrate", "channels", "codec_description", "codec_name", "codec_type",
        "length", "sample_rate"};

    private double length;
    private long sampleRate;
    private long bitrate;
    private int channels;
    private String codecType = "";
    private String codecName = "";
    private String codecDescription = "";

    /** Creates empty information (as mutagen's {@code ASFInfo()}). */
    public ASFInfo() {
    }

    @Override
    public double length() {
        return length;
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
     * The bitrate in bits per second (the stream's average bytes per second times 8).
     *
     * @return the bitrate in bits per second (the stream's average bytes per second times 8)
     */
    public long bitrate() {
        return bitrate;
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
     * The codec type of the first audio stream ("Windows Media Audio 9 Standard"), or "".
     *
     * @return the codec type of the first audio stream ("Windows Media Audio 9 Standard"), or ""
     */
    public String codecType() {
        return codecType;
    }

    /**
     * The codec name and maybe version ("Windows Media Audio 9.1"), or "".
     *
     * @return the codec name and maybe version ("Windows Media Audio 9.1"), or ""
     */
    public String codecName() {
        return codecName;
    }

    /**
     * More about the codec ("64 kbps, 48 kHz, stereo 2-pass CBR"), or "".
     *
     * @return the text
     */
    public String codecDescription() {
        return codecDescription;
    }

    void length(double value) {
        length = value;
    }

    void stream(int channelCount, long rate, long bitsPerSecond) {
        channels = channelCount;
        sampleRate = rate;
        bitrate = bitsPerSecond;
    }

    void codec(String type, String name, String description) {
        codecType = type;
        codecName = name;
        codecDescription = description;
    }

    @Override
    public String pprint() {
        String codec = !codecType.isEmpty() ? codecType : !codecName.isEmpty() ? codecName : "???";
        return "ASF (" + codec + ") " + bitrate + " bps, " + sampleRate + " Hz, " + channels + " channels, "
                + PyRepr.fixed(length, 2) + " seconds";
    }

    @Override
    public Map<String, Object> attributes() {
        return Attributes.of(KEYS, bitrate, channels, codecDescription, codecName, codecType, length, sampleRate);
    }
}
