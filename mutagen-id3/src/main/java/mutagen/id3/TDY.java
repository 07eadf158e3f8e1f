// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
import java.util.List;

/**
 * Audio Delay (ms).
 *
 * <p>Mirrors {@code mutagen.id3.TDY}.
 */
public class TDY extends TDLY {
    /** An empty frame (UTF-16, no values). */
    public TDY() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TDY(Encoding encoding, String... text) {
        set("encoding", encoding);
        if (text.length == 1) {
            set("text", text[0]);
        } else {
            set("text", Arrays.asList(text));
        }
    }

    /** A frame with the encoding and values. */
    public TDY(Encoding encoding, List<String> text) {
        set("encoding", encoding);
        set("text", text);
    }

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new TDLY();
        copyFieldsTo(f);
        return f;
    }
}
