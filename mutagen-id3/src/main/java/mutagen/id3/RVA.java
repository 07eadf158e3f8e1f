// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.ArrayList;
import java.util.List;

/**
 * Relative volume adjustment (ID3v2.2; 2 to 4 values).
 *
 * <p>Mirrors {@code mutagen.id3.RVA}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class RVA extends RVAD {
    static final List<Spec> SPECS = List.of(new Spec.RVASpec("adjustments", true));

    /** A frame with default fields. */
    public RVA() {
    }

    @Override
    protected List<Spec> framespec() {
        return SPECS;
    }

    @Override
    Frame upgradeFrame() {
        RVAD f = new RVAD();
        f.set("adjustments", new ArrayList<>(adjustments()));
        return f;
    }
}
