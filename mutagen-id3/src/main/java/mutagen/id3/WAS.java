// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Official Source Information.
 *
 * <p>Mirrors {@code mutagen.id3.WAS}.
 */
public class WAS extends WOAS {
    /** A frame with an empty URL. */
    public WAS() {
    }

    /** A frame with the URL. */
    public WAS(String url) {
        super(url);
    }
}
