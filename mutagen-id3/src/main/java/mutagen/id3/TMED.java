// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Source Media Type.
 *
 * <p>Mirrors {@code mutagen.id3.TMED}.
 */
public class TMED extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TMED() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TMED(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TMED(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
