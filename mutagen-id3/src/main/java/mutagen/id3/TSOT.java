// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Title Sort Order key.
 *
 * <p>Mirrors {@code mutagen.id3.TSOT}.
 */
public class TSOT extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TSOT() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TSOT(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TSOT(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
