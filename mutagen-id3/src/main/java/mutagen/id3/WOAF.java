// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official File Information.
 *
 * <p>Mirrors {@code mutagen.id3.WOAF}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WOAF extends UrlFrame {
    /** A frame with an empty URL. */
    public WOAF() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WOAF(String url) {
        super(url);
    }
}
