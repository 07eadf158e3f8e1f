// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Original Release Time.
 *
 * <p>Mirrors {@code mutagen.id3.TDOR}.
 */
public class TDOR extends TimeStampTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TDOR() {
    }

    /** A frame with the encoding and values; a single value is split on {@code ,}, as mutagen does. */
    public TDOR(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TDOR(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
