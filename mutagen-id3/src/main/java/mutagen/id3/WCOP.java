// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Copyright Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCOP}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WCOP extends UrlFrame {
    /** A frame with an empty URL. */
    public WCOP() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WCOP(String url) {
        super(url);
    }
}
