// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official File Information.
 *
 * <p>Mirrors {@code mutagen.id3.WAF}.
 */
public class WAF extends WOAF {
    /** A frame with an empty URL. */
    public WAF() {
    }

    /** A frame with the URL. */
    public WAF(String url) {
        super(url);
    }
}
