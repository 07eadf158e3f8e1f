// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * iTunes Podcast Description.
 *
 * <p>Mirrors {@code mutagen.id3.TDES}.
 */
public class TDES extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public TDES() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TDES(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TDES(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
