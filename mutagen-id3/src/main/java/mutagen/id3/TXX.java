// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * User-defined Text.
 *
 * <p>Mirrors {@code mutagen.id3.TXX}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class TXX extends TXXX {
    /** A frame with default fields. */
    public TXX() {
    }
}
