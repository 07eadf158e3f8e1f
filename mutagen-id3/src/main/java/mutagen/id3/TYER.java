// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Year of recording.
 *
 * <p>Mirrors {@code mutagen.id3.TYER}.
 */
public class TYER extends NumericTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TYER() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TYER(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TYER(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
