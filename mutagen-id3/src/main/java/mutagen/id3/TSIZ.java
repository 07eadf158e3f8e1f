// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Size of audio data (bytes).
 *
 * <p>Mirrors {@code mutagen.id3.TSIZ}.
 */
public class TSIZ extends NumericTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TSIZ() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TSIZ(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TSIZ(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
