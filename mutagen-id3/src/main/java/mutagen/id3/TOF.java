// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Original Filename.
 *
 * <p>Mirrors {@code mutagen.id3.TOF}.
 */
public class TOF extends TOFN {
    /** An empty frame (UTF-16, no values). */
    public TOF() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TOF(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TOF(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
