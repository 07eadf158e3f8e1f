// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * International Standard Recording Code (ISRC).
 *
 * <p>Mirrors {@code mutagen.id3.TSRC}.
 */
public class TSRC extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TSRC() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TSRC(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TSRC(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
