// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Commercial Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCM}.
 */
public class WCM extends WCOM {
    /** A frame with an empty URL. */
    public WCM() {
    }

    /** A frame with the URL. */
    public WCM(String url) {
        super(url);
    }
}
