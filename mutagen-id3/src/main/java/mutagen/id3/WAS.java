// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Source Information.
 *
 * <p>Mirrors {@code mutagen.id3.WAS}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WAS extends WOAS {
    /** A frame with an empty URL. */
    public WAS() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WAS(String url) {
        super(url);
    }
}
