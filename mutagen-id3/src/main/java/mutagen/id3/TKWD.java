// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * iTunes Podcast Keywords.
 *
 * <p>Mirrors {@code mutagen.id3.TKWD}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class TKWD extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TKWD() {
    }

    /**
     * A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does.
     *
     * @param encoding the encoding
     * @param text the text
     */
    public TKWD(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /**
     * A frame with the encoding and values.
     *
     * @param encoding the encoding
     * @param text the text
     */
    public TKWD(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
