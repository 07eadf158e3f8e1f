// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Publisher Information.
 *
 * <p>Mirrors {@code mutagen.id3.WPB}.
 */
public class WPB extends WPUB {
    /** A frame with an empty URL. */
    public WPB() {
    }

    /** A frame with the URL. */
    public WPB(String url) {
        super(url);
    }
}
