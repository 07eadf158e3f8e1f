// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
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
        set("encoding", encoding);
        if (text.length == 1) {
            set("text", text[0]);
        } else {
            set("text", Arrays.asList(text));
        }
    }

    /** A frame with the encoding and values. */
    public TP2(Encoding encoding, List<String> text) {
        set("encoding", encoding);
        set("text", text);
    }

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new TPE2();
        copyFieldsTo(f);
        return f;
    }
}
