// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Performer Sort Order key.
 *
 * <p>Mirrors {@code mutagen.id3.TSP}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class TSP extends TSOP {
    /** An empty frame (UTF-16, no values). */
    public TSP() {
    }

    /**
     * A frame with the encoding and values; a single value is split on {@code NUL}, as mutagen does.
     *
     * @param encoding the encoding
     * @param text the text
     */
    public TSP(Encoding encoding, String... text) {
        super(encoding, text);
    }

    /**
     * A frame with the encoding and values.
     *
     * @param encoding the encoding
     * @param text the text
     */
    public TSP(Encoding encoding, List<String> text) {
        super(encoding, text);
    }
}
