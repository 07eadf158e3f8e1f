// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * User-defined URL.
 *
 * <p>Mirrors {@code mutagen.id3.WXX}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WXX extends WXXX {
    /** A frame with default fields. */
    public WXX() {
    }
}
