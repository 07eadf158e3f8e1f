// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Relative volume adjustment (2 to 12 signed values).
 *
 * <p>Mirrors {@code mutagen.id3.RVAD}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class RVAD extends Frame {
    static final List<Spec> SPECS = List.of(
            new Spec.RVASpec("adjustments", false));

    /** A frame with default fields. */
    public RVAD() {
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
    public List<Long> adjustments() {
        return (List<Long>) get("adjustments");
    }

    /**
     * Sets the adjustments field.
     *
     * @param value the value
     */
    public void setAdjustments(Object value) {
        set("adjustments", value);
    }
}
