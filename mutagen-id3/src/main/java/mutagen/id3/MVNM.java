// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * iTunes Movement Name.
 *
 * <p>Mirrors {@code mutagen.id3.MVNM}.
 */
public class MVNM extends TextFrame {
    /** An empty frame (UTF-16, no values). */
    public MVNM() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public MVNM(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public MVNM(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
