// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Publisher Information.
 *
 * <p>Mirrors {@code mutagen.id3.WPB}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WPB extends WPUB {
    /** A frame with an empty URL. */
    public WPB() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WPB(String url) {
        super(url);
    }
}
