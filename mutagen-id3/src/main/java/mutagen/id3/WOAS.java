// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Source Information.
 *
 * <p>Mirrors {@code mutagen.id3.WOAS}.
 */
public class WOAS extends UrlFrame {
    /** A frame with an empty URL. */
    public WOAS() {
    }

    /** A frame with the URL. */
    public WOAS(String url) {
        super(url);
    }
}
