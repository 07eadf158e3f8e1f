// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Unique File Identifier.
 *
 * <p>Mirrors {@code mutagen.id3.UFI}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class UFI extends UFID {
    /** A frame with default fields. */
    public UFI() {
    }
}
