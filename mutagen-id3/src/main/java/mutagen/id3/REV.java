// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Reverb.
 *
 * <p>Mirrors {@code mutagen.id3.REV}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class REV extends RVRB {
    /** A frame with default fields. */
    public REV() {
    }
}
