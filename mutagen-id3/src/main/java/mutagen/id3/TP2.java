// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Band/Orchestra/Accompaniment.
 *
 * <p>Mirrors {@code mutagen.id3.TP2}.
 */
public class TP2 extends TPE2 {
    /** An empty frame (UTF-16, no values). */
    public TP2() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TP2(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TP2(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
