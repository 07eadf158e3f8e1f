// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * iTunes Podcast Keywords.
 *
 * <p>Mirrors {@code mutagen.id3.TKWD}.
 */
public class TKWD extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TKWD() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TKWD(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TKWD(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
