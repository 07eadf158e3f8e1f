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

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new RVRB();
        copyFieldsTo(f);
        return f;
    }
}
