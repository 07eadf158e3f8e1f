// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import java.util.Map;
import mutagen.StreamInfo;
import mutagen.util.PyRepr;

/**
 * The length of a Standard MIDI File (mutagen's {@code SMFInfo}); see {@link SMFParser}.
 *
 * <p>Thread-safe: immutable once loaded, as every {@link mutagen.StreamInfo}; safe to share between threads.
 */
public final class SMFInfo extends StreamInfo {
    private final double length;

    SMFInfo(double length) {
        this.length = length;
    }

    /** The length in seconds of the longest track. */
    @Override
    public double length() {
        return length;
    }

    /** {@code SMF, 128.00 seconds}. */
    @Override
    public String pprint() {
        return "SMF, " + PyRepr.fixed(length, 2) + " seconds";
    }

    @Override
    public Map<String, Object> attributes() {
        return Map.of("length", length);
    }
}
