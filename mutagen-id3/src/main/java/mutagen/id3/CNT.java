// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Play counter.
 *
 * <p>Mirrors {@code mutagen.id3.CNT}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class CNT extends PCNT {
    /** A frame with default fields. */
    public CNT() {
    }
}
