// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Comment.
 *
 * <p>Mirrors {@code mutagen.id3.COM}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class COM extends COMM {
    /** A frame with default fields. */
    public COM() {
    }
}
