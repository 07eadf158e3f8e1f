// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Relative volume adjustment (2): a gain in dB and a peak for one channel ({@code RVA2:desc}); ReplayGain uses the
 * descriptions {@code track} and {@code album} on channel 1.
 *
 * <p>Mirrors {@code mutagen.id3.RVA2}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class RVA2 extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.Latin1TextSpec("desc"),
            new Spec.ChannelSpec("channel", 1),
            new Spec.VolumeAdjustmentSpec("gain", 1),
            new Spec.VolumePeakSpec("peak", 1));

    private static final String[] CHANNELS = {
        "Other", "Master volume", "Front right", "Front left", "Back right", "Back left", "Front centre",
        "Back centre", "Subwoofer",
    };

    /** A frame with default fields. */
    public RVA2() {
    }

    /**
     * A volume adjustment.
     *
     * @param desc the desc
     * @param channel the channel
     * @param gain the gain
     * @param peak the peak
     */
    public RVA2(String desc, int channel, double gain, double peak) {
        set("desc", desc);
        set("channel", channel);
        set("gain", gain);
        set("peak", peak);
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The description.
     *
     * @return the description
     */
    public String desc() {
        return (String) get("desc");
    }

    /**
     * The channel (1 = master volume).
     *
     * @return the channel (1 = master volume)
     */
    public int channel() {
        return (Integer) get("channel");
    }

    /**
     * The gain in dB.
     *
     * @return the gain in dB
     */
    public double gain() {
        return ((Number) get("gain")).doubleValue();
    }

    /**
     * Sets the gain in dB.
     *
     * @param gain the gain
     */
    public void setGain(double gain) {
        set("gain", gain);
    }

    /**
     * The peak (1.0 = full scale).
     *
     * @return the peak (1.0 = full scale)
     */
    public double peak() {
        return ((Number) get("peak")).doubleValue();
    }

    /**
     * Sets the peak.
     *
     * @param peak the peak
     */
    public void setPeak(double peak) {
        set("peak", peak);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + desc();
    }

    /** Python's {@code str()}: {@code Master volume: -3.5000 dB/0.9000}. */
    @Override
    public String str() {
        int c = channel();
        String name = c < CHANNELS.length ? CHANNELS[c] : "?";
        return name + ": " + mutagen.util.PyRepr.signedFixed(gain(), 4) + " dB/" + mutagen.util.PyRepr.fixed(peak(), 4);
    }
}
