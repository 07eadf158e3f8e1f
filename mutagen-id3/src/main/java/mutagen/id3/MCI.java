// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Binary dump of CD's TOC.
 *
 * <p>Mirrors {@code mutagen.id3.MCI}.
 */
public class MCI extends MCDI {
    /** A frame with default fields. */
    public MCI() {
    }
}
