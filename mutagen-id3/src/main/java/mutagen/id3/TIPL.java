// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.util.List;

/**
 * Involved People List.
 *
 * <p>Mirrors {@code mutagen.id3.TIPL}.
 */
public class TIPL extends PairedTextFrame {
    /** An empty frame. */
    public TIPL() {
    }

    /** A frame with the encoding and (involvement, person) pairs. */
    public TIPL(Encoding encoding, List<? extends List<String>> people) {
        super(encoding, people);
    }
}
