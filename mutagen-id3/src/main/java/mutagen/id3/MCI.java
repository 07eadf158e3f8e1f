// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Binary dump of CD's TOC.
 *
 * <p>Mirrors {@code mutagen.id3.MCI}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class MCI extends MCDI {
    /** A frame with default fields. */
    public MCI() {
    }
}
