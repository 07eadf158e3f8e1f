// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.musepack;

import java.util.LinkedHashMap;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.PyRepr;

/**
 * Musepack stream information (mutagen's {@code MusepackInfo}). The replay gain values are null when the stream has
 * none (mutagen leaves the attribute unset: SV4 to SV6 files, and zero values in SV8); {@link #samples()} is null
 * before SV8.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class MusepackInfo extends StreamInfo {
    int version;
    int channels;
    int sampleRate;
    long bitrate;
    double length;
    Long samples;
    Double titleGain;
    Double titlePeak;
    Double albumGain;
    Double albumPeak;

    MusepackInfo() {
    }

    /**
     * The stream version (4 to 8).
     *
     * @return the stream version (4 to 8)
     */
    public int version() {
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
    public int sampleRate() {
        return sampleRate;
    }

    /**
     * The bitrate: for SV4 to SV6 the header's field as it is (kbit/s, printed as bps, as mutagen does), else the
     * file size over the length.
     *
     * @return the bitrate: for SV4 to SV6 the header's field as it is (kbit/s, printed as bps, as mutagen does), else
     *     the file size over the length
     */
    public long bitrate() {
        return bitrate;
    }

    @Override
    public double length() {
        return length;
    }

    /**
     * The samples of an SV8 stream (less the skipped ones), or null.
     *
     * @return the samples of an SV8 stream (less the skipped ones), or null
     */
    public Long samples() {
        return samples;
    }

    /**
     * The title gain in dB, or null.
     *
     * @return the title gain in dB, or null
     */
    public Double titleGain() {
        return titleGain;
    }

    /**
     * The title peak (0 to 1), or null.
     *
     * @return the title peak (0 to 1), or null
     */
    public Double titlePeak() {
        return titlePeak;
    }

    /**
     * The album gain in dB, or null.
     *
     * @return the album gain in dB, or null
     */
    public Double albumGain() {
        return albumGain;
    }

    /**
     * The album peak (0 to 1), or null.
     *
     * @return the album peak (0 to 1), or null
     */
    public Double albumPeak() {
        return albumPeak;
    }

    /** {@code Musepack SV7, 1.50 seconds, 44100 Hz, 1234 bps, Gain: +1.00 (title), -2.00 (album)}. */
    @Override
    public String pprint() {
        StringBuilder rg = new StringBuilder();
        if (titleGain != null) {
            rg.append(PyRepr.signedFixed(titleGain, 2)).append(" (title)");
        }
        if (albumGain != null) {
            rg.append(rg.length() > 0 ? ", " : "").append(PyRepr.signedFixed(albumGain, 2)).append(" (album)");
        }
        return "Musepack SV" + version + ", " + PyRepr.fixed(length, 2) + " seconds, " + sampleRate + " Hz, "
                + bitrate + " bps" + (rg.length() > 0 ? ", Gain: " + rg : "");
    }

    /** The attributes mutagen sets on this stream, under its names. */
    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        putIf(m, "album_gain", albumGain);
        putIf(m, "album_peak", albumPeak);
        m.put("bitrate", bitrate);
        m.put("channels", channels);
        m.put("length", length);
        m.put("sample_rate", sampleRate);
        putIf(m, "samples", samples);
        putIf(m, "title_gain", titleGain);
        putIf(m, "title_peak", titlePeak);
        m.put("version", version);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void putIf(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
