// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.optimfrog;

import mutagen.apev2.APEv2Error;

/** Not a OptimFROG file: no {@code OFR } header at the start, or a header size other than 12 or at least 15 (mutagen's {@code OptimFROGHeaderError}). */
public class OptimFROGHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public OptimFROGHeaderError(String message) {
        super(message);
    }
}
