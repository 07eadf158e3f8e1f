// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * iTunes Movement Number/Count.
 *
 * <p>Mirrors {@code mutagen.id3.MVI}.
 */
public class MVI extends MVIN {
    /** An empty frame (UTF-16, no values). */
    public MVI() {
    }

    /** A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does. */
    public MVI(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /** A frame with the encoding and values. */
    public MVI(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
