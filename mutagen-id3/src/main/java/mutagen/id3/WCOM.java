// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Commercial Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCOM}.
 */
public class WCOM extends UrlFrameU {
    /** A frame with an empty URL. */
    public WCOM() {
    }

    /** A frame with the URL. */
    public WCOM(String url) {
        super(url);
    }
}
