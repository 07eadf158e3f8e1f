// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * File type.
 *
 * <p>Mirrors {@code mutagen.id3.TFLT}.
 */
public class TFLT extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TFLT() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TFLT(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TFLT(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
