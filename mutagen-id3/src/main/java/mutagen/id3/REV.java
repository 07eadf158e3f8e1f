// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Reverb.
 *
 * <p>Mirrors {@code mutagen.id3.REV}.
 */
public class REV extends RVRB {
    /** A frame with default fields. */
    public REV() {
    }
}
