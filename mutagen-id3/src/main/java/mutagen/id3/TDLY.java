// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Audio Delay (ms).
 *
 * <p>Mirrors {@code mutagen.id3.TDLY}.
 */
public class TDLY extends NumericTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TDLY() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TDLY(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TDLY(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
