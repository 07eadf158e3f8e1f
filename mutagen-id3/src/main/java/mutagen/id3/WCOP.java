// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Copyright Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCOP}.
 */
public class WCOP extends UrlFrame {
    /** A frame with an empty URL. */
    public WCOP() {
    }

    /** A frame with the URL. */
    public WCOP(String url) {
        super(url);
    }
}
