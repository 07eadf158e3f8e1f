// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Recording Dates.
 *
 * <p>Mirrors {@code mutagen.id3.TRD}.
 */
public class TRD extends TRDA {
    /** An empty frame (UTF-16, no values). */
    public TRD() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TRD(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TRD(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
