// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Unsynchronised lyrics/text transcription.
 *
 * <p>Mirrors {@code mutagen.id3.ULT}.
 */
public class ULT extends USLT {
    /** A frame with default fields. */
    public ULT() {
    }
}
