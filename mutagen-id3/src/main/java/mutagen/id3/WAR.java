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
        super(url);
    }
}
