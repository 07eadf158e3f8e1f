// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Encoder.
 *
 * <p>Mirrors {@code mutagen.id3.TENC}.
 */
public class TENC extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TENC() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TENC(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TENC(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
