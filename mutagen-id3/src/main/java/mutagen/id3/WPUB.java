// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Publisher Information.
 *
 * <p>Mirrors {@code mutagen.id3.WPUB}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WPUB extends UrlFrame {
    /** A frame with an empty URL. */
    public WPUB() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WPUB(String url) {
        super(url);
    }
}
