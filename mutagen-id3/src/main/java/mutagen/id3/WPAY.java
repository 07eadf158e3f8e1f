// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Payment Information.
 *
 * <p>Mirrors {@code mutagen.id3.WPAY}.
 */
public class WPAY extends UrlFrame {
    /** A frame with an empty URL. */
    public WPAY() {
    }

    /** A frame with the URL. */
    public WPAY(String url) {
        super(url);
    }
}
