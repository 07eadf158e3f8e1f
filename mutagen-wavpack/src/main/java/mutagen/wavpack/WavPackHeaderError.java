// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import mutagen.apev2.APEv2Error;

/**
 * Not a WavPack file: no {@code wvpk} block header at the start (mutagen's {@code WavPackHeaderError}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class WavPackHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public WavPackHeaderError(String message) {
        super(message);
    }
}
