// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Payment Information.
 *
 * <p>Mirrors {@code mutagen.id3.WPAY}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WPAY extends UrlFrame {
    /** A frame with an empty URL. */
    public WPAY() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WPAY(String url) {
        super(url);
    }
}
