// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Publisher Information.
 *
 * <p>Mirrors {@code mutagen.id3.WPUB}.
 */
public class WPUB extends UrlFrame {
    /** A frame with an empty URL. */
    public WPUB() {
    }

    /** A frame with the URL. */
    public WPUB(String url) {
        super(url);
    }
}
