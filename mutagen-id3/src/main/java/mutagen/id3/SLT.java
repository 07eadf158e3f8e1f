// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Synchronised lyrics/text.
 *
 * <p>Mirrors {@code mutagen.id3.SLT}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class SLT extends SYLT {
    /** A frame with default fields. */
    public SLT() {
    }
}
