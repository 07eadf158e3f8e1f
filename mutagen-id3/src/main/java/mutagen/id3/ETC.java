// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Event timing codes.
 *
 * <p>Mirrors {@code mutagen.id3.ETC}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class ETC extends ETCO {
    /** A frame with default fields. */
    public ETC() {
    }
}
