// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Release Time.
 *
 * <p>Mirrors {@code mutagen.id3.TDRL}.
 */
public class TDRL extends TimeStampTextFrame {
    /** An empty frame (UTF-16, no values). */
    public TDRL() {
    }

    /** A frame with the encoding and values; a single value is split on {@code ,}, as mutagen does. */
    public TDRL(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TDRL(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
