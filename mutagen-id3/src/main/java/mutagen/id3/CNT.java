// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Play counter.
 *
 * <p>Mirrors {@code mutagen.id3.CNT}.
 */
public class CNT extends PCNT {
    /** A frame with default fields. */
    public CNT() {
    }

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new PCNT();
        copyFieldsTo(f);
        return f;
    }
}
