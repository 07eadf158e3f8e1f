// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Commercial Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCM}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WCM extends WCOM {
    /** A frame with an empty URL. */
    public WCM() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WCM(String url) {
        super(url);
    }
}
