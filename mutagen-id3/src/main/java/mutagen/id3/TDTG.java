// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
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
        set("encoding", encoding);
        if (text.length == 1) {
            set("text", text[0]);
        } else {
            set("text", Arrays.asList(text));
        }
    }

    /** A frame with the encoding and values. */
    public TDTG(Encoding encoding, List<String> text) {
        set("encoding", encoding);
        set("text", text);
    }
}
