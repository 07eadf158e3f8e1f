// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
import java.util.List;

/**
 * Date of recording (DDMM).
 *
 * <p>Mirrors {@code mutagen.id3.TDAT}.
 */
public class TDAT extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TDAT() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TDAT(Encoding encoding, String... text) {
        set("encoding", encoding);
        if (text.length == 1) {
            set("text", text[0]);
        } else {
            set("text", Arrays.asList(text));
        }
    }

    /** A frame with the encoding and values. */
    public TDAT(Encoding encoding, List<String> text) {
        set("encoding", encoding);
        set("text", text);
    }
}
