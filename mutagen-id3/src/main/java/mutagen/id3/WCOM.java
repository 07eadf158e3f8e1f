// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Commercial Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCOM}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class WCOM extends UrlFrameU {
    /** A frame with an empty URL. */
    public WCOM() {
    }

    /**
     * A frame with the URL.
     *
     * @param url the url
     */
    public WCOM(String url) {
        super(url);
    }
}
