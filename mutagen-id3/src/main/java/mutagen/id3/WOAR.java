// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Artist/Performer Information.
 *
 * <p>Mirrors {@code mutagen.id3.WOAR}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WOAR extends UrlFrameU {
    /** A frame with an empty URL. */
    public WOAR() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WOAR(String url) {
        super(url);
    }
}
