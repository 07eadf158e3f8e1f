// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import java.util.LinkedHashMap;
import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.PyRepr;

/** The stream information of a MUTAGEN-EXAMPLE file. Immutable. */
public final class ExampleInfo extends StreamInfo {
    private final long sampleRate;
    private final int channels;
    private final long totalSamples;

    ExampleInfo(long sampleRate, int channels, long totalSamples) {
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.totalSamples = totalSamples;
    }

    /** The sample rate in Hz. */
    public long sampleRate() {
        return sampleRate;
    }

    /** The number of channels. */
    public int channels() {
        return channels;
    }

    /** The number of samples per channel. */
    public long totalSamples() {
        return totalSamples;
    }

    /** The length in seconds: total samples over the sample rate. */
    @Override
    public double length() {
        return (double) totalSamples / sampleRate;
    }

    /** {@code MUTAGEN-EXAMPLE, 44100 Hz, 2 channels, 1.50 seconds}. */
    @Override
    public String pprint() {
        return "MUTAGEN-EXAMPLE, " + sampleRate + " Hz, " + channels + " channels, " + PyRepr.fixed(length(), 2)
                + " seconds";
    }

    /** {@code length}, {@code sample_rate}, {@code channels}, {@code total_samples}. */
    @Override
    public Map<String, Object> attributes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("length", length());
        m.put("sample_rate", sampleRate);
        m.put("channels", channels);
        m.put("total_samples", totalSamples);
        return m;
    }
}
