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

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new MCDI();
        copyFieldsTo(f);
        return f;
    }
}
