// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Recording Dates.
 *
 * <p>Mirrors {@code mutagen.id3.TRDA}.
 */
public class TRDA extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TRDA() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TRDA(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TRDA(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
