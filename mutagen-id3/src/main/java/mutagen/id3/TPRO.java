// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Produced (P).
 *
 * <p>Mirrors {@code mutagen.id3.TPRO}.
 */
public class TPRO extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TPRO() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TPRO(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TPRO(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
