// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Unsynchronised lyrics/text transcription.
 *
 * <p>Mirrors {@code mutagen.id3.ULT}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class ULT extends USLT {
    /** A frame with default fields. */
    public ULT() {
    }
}
