// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Recommended buffer size.
 *
 * <p>Mirrors {@code mutagen.id3.BUF}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class BUF extends RBUF {
    /** A frame with default fields. */
    public BUF() {
    }
}
