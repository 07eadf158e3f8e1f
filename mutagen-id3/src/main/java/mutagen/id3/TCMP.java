// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * iTunes Compilation Flag.
 *
 * <p>Mirrors {@code mutagen.id3.TCMP}.
 */
public class TCMP extends NumericTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TCMP() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TCMP(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TCMP(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
