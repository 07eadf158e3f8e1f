// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Original Album.
 *
 * <p>Mirrors {@code mutagen.id3.TOAL}.
 */
public class TOAL extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TOAL() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TOAL(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TOAL(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
