// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Performer Sort Order key.
 *
 * <p>Mirrors {@code mutagen.id3.TSOP}.
 */
public class TSOP extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TSOP() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TSOP(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TSOP(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
