// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import mutagen.apev2.APEv2Error;

/** Not a WavPack file: no {@code wvpk} block header at the start (mutagen's {@code WavPackHeaderError}). */
public class WavPackHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public WavPackHeaderError(String message) {
        super(message);
    }
}
