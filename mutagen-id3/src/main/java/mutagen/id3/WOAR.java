// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Artist/Performer Information.
 *
 * <p>Mirrors {@code mutagen.id3.WOAR}.
 */
public class WOAR extends UrlFrameU {
    /** A frame with an empty URL. */
    public WOAR() {
    }

    /** A frame with the URL. */
    public WOAR(String url) {
        super(url);
    }
}
