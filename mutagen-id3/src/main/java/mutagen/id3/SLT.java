// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Synchronised lyrics/text.
 *
 * <p>Mirrors {@code mutagen.id3.SLT}.
 */
public class SLT extends SYLT {
    /** A frame with default fields. */
    public SLT() {
    }
}
