// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Equalisation (2) ({@code EQU2:desc}).
 *
 * <p>Mirrors {@code mutagen.id3.EQU2}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class EQU2 extends Frame implements FrameFields.WithDesc, FrameFields.WithMethod {
    static final List<Spec> SPECS = List.of(
            new Spec.ByteSpec("method", 0),
            new Spec.Latin1TextSpec("desc"),
            new Spec.VolumeAdjustmentsSpec("adjustments"));

    /** A frame with default fields. */
    public EQU2() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    /**
     * The adjustments field (live).
     *
     * @return the adjustments field (live)
     */
    @SuppressWarnings("unchecked")
    public List<EQU2.Adjustment> adjustments() {
        return (List<EQU2.Adjustment>) get("adjustments");
    }

    /**
     * Sets the adjustments field.
     *
     * @param value the value
     */
    public void setAdjustments(Object value) {
        set("adjustments", value);
    }

    @Override
    public String hashKey() {
        return frameId() + ":" + desc();
    }

    /**
     * One equalisation point: frequency in Hz and adjustment in dB.
     *
     * @param frequency the frequency in Hz (stored in 1/2 Hz units)
     * @param adjustment the adjustment in dB (stored in 1/512 dB units)
     */
    public record Adjustment(double frequency, double adjustment) implements Comparable<Adjustment> {
        @Override
        public int compareTo(Adjustment o) {
            int c = Double.compare(frequency, o.frequency);
            return c != 0 ? c : Double.compare(adjustment, o.adjustment);
        }
    }
}
