// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * General Encapsulated Object.
 *
 * <p>Mirrors {@code mutagen.id3.GEO}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class GEO extends GEOB {
    /** A frame with default fields. */
    public GEO() {
    }
}
