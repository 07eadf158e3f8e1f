// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.Arrays;
import java.util.List;

/**
 * iTunes Composer Sort.
 *
 * <p>Mirrors {@code mutagen.id3.TSC}.
 */
public class TSC extends TSOC {
    /** An empty frame (UTF-16, no values). */
    public TSC() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TSC(Encoding encoding, String... text) {
        set("encoding", encoding);
        if (text.length == 1) {
            set("text", text[0]);
        } else {
            set("text", Arrays.asList(text));
        }
    }

    /** A frame with the encoding and values. */
    public TSC(Encoding encoding, List<String> text) {
        set("encoding", encoding);
        set("text", text);
    }

    /** The equivalent v2.3/v2.4 frame. */
    @Override
    Frame upgradeFrame() {
        Frame f = new TSOC();
        copyFieldsTo(f);
        return f;
    }
}
