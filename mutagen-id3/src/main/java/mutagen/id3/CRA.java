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

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new AENC();
        copyFieldsTo(f);
        return f;
    }
}
