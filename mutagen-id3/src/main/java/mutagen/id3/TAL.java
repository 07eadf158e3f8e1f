// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Album.
 *
 * <p>Mirrors {@code mutagen.id3.TAL}.
 */
public class TAL extends TALB {
    /** An empty frame (UTF-16, no values). */
    public TAL() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TAL(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TAL(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
