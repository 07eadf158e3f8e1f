// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Tagging Time.
 *
 * <p>Mirrors {@code mutagen.id3.TDTG}.
 */
public class TDTG extends TimeStampTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TDTG() {
    }

    /** A frame with the encoding and values; a single value is split on {@code ,}, as mutagen does. */
    public TDTG(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TDTG(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
