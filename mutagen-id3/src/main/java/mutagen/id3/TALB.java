// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Album.
 *
 * <p>Mirrors {@code mutagen.id3.TALB}.
 */
public class TALB extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TALB() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TALB(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TALB(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
