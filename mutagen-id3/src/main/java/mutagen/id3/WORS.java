// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Internet Radio Information.
 *
 * <p>Mirrors {@code mutagen.id3.WORS}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WORS extends UrlFrame {
    /** A frame with an empty URL. */
    public WORS() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WORS(String url) {
        super(url);
    }
}
