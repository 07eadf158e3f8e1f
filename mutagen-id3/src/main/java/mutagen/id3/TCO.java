// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Content Type (Genre).
 *
 * <p>Mirrors {@code mutagen.id3.TCO}.
 */
public class TCO extends TCON {
    /** An empty frame (UTF-16, no values). */
    public TCO() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public TCO(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public TCO(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
