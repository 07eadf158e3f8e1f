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
        set("url", url);
    }

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new WOAS();
        copyFieldsTo(f);
        return f;
    }
}
