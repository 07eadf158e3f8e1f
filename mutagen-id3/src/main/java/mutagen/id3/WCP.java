// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Copyright Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCP}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WCP extends WCOP {
    /** A frame with an empty URL. */
    public WCP() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WCP(String url) {
        super(url);
    }
}
