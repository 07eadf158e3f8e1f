// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Audio encryption.
 *
 * <p>Mirrors {@code mutagen.id3.CRA}.
 */
public class CRA extends AENC {
    /** A frame with default fields. */
    public CRA() {
    }
}
