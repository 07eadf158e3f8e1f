// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official File Information.
 *
 * <p>Mirrors {@code mutagen.id3.WAF}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WAF extends WOAF {
    /** A frame with an empty URL. */
    public WAF() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WAF(String url) {
        super(url);
    }
}
