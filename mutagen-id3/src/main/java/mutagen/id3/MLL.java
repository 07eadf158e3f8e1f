// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * MPEG location lookup table.
 *
 * <p>Mirrors {@code mutagen.id3.MLL}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class MLL extends MLLT {
    /** A frame with default fields. */
    public MLL() {
    }
}
