// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * iTunes Podcast Feed.
 *
 * <p>Mirrors {@code mutagen.id3.WFED}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WFED extends UrlFrame {
    /** A frame with an empty URL. */
    public WFED() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WFED(String url) {
        super(url);
    }
}
