// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Original Lyricist.
 *
 * <p>Mirrors {@code mutagen.id3.TOLY}.
 */
public class TOLY extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TOLY() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TOLY(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TOLY(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
