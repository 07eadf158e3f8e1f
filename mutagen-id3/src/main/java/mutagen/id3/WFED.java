// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * iTunes Podcast Feed.
 *
 * <p>Mirrors {@code mutagen.id3.WFED}.
 */
public class WFED extends UrlFrame {
    /** A frame with an empty URL. */
    public WFED() {
    }

    /** A frame with the URL. */
    public WFED(String url) {
        super(url);
    }
}
