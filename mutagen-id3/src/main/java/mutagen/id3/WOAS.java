// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Source Information.
 *
 * <p>Mirrors {@code mutagen.id3.WOAS}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WOAS extends UrlFrame {
    /** A frame with an empty URL. */
    public WOAS() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WOAS(String url) {
        super(url);
    }
}
