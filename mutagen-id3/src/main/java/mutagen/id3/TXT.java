// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Lyricist.
 *
 * <p>Mirrors {@code mutagen.id3.TXT}.
 */
public class TXT extends TEXT {
    /** An empty frame (UTF-16, no values). */
    public TXT() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TXT(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TXT(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
