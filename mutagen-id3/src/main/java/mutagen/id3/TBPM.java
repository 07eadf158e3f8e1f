// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Beats per minute.
 *
 * <p>Mirrors {@code mutagen.id3.TBPM}.
 */
public class TBPM extends NumericTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TBPM() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TBPM(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TBPM(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
