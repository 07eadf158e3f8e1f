// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Popularimeter.
 *
 * <p>Mirrors {@code mutagen.id3.POP}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class POP extends POPM {
    /** A frame with default fields. */
    public POP() {
    }
}
