// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Involved People List.
 *
 * <p>Mirrors {@code mutagen.id3.IPLS}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class IPLS extends TIPL {
    /** An empty frame. */
    public IPLS() {
    }

    /**
     * A frame with the encoding and (involvement, person) pairs.
     *
     * @param encoding the encoding
     * @param people the people
     */
    public IPLS(Encoding encoding, List<? extends List<String>> people) {
        super(encoding, people);
    }
}
