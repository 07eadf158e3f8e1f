// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Audio encryption.
 *
 * <p>Mirrors {@code mutagen.id3.CRA}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class CRA extends AENC {
    /** A frame with default fields. */
    public CRA() {
    }
}
