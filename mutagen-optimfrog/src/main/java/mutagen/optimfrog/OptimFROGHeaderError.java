// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.optimfrog;

import mutagen.apev2.APEv2Error;

/**
 * Not a OptimFROG file: no {@code OFR } header at the start, or a header size other than 12 or at least 15 (mutagen's
 * {@code OptimFROGHeaderError}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OptimFROGHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OptimFROGHeaderError(String message) {
        super(message);
    }
}
