// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Publisher.
 *
 * <p>Mirrors {@code mutagen.id3.TPB}.
 */
public class TPB extends TPUB {
    /** An empty frame (UTF-16, no values). */
    public TPB() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TPB(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TPB(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
