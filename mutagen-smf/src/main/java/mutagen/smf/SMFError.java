// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import mutagen.MutagenError;

/** Not a Standard MIDI File, or one that cannot be read (mutagen's {@code SMFError}, also {@code mutagen.smf.error}). */
public class SMFError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public SMFError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public SMFError(String message, Throwable cause) {
        super(message, cause);
    }
}
