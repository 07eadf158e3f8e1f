// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Copyright Information.
 *
 * <p>Mirrors {@code mutagen.id3.WCP}.
 */
public class WCP extends WCOP {
    /** A frame with an empty URL. */
    public WCP() {
    }

    /** A frame with the URL. */
    public WCP(String url) {
        super(url);
    }
}
