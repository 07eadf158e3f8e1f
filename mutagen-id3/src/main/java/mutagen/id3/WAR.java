// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Artist/Performer Information.
 *
 * <p>Mirrors {@code mutagen.id3.WAR}.
 */
public class WAR extends WOAR {
    /** A frame with an empty URL. */
    public WAR() {
    }

    /** A frame with the URL. */
    public WAR(String url) {
        set("url", url);
    }

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new WOAR();
        copyFieldsTo(f);
        return f;
    }
}
