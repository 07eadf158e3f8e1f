// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Artist/Performer Information.
 *
 * <p>Mirrors {@code mutagen.id3.WAR}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WAR extends WOAR {
    /** A frame with an empty URL. */
    public WAR() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WAR(String url) {
        super(url);
    }
}
