// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Synced tempo codes.
 *
 * <p>Mirrors {@code mutagen.id3.STC}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class STC extends SYTC {
    /** A frame with default fields. */
    public STC() {
    }
}
