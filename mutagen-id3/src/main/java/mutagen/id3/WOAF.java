// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official File Information.
 *
 * <p>Mirrors {@code mutagen.id3.WOAF}.
 */
public class WOAF extends UrlFrame {
    /** A frame with an empty URL. */
    public WOAF() {
    }

    /** A frame with the URL. */
    public WOAF(String url) {
        super(url);
    }
}
