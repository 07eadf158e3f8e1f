// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.smf;

import mutagen.MutagenError;

/**
 * Not a Standard MIDI File, or one that cannot be read (mutagen's {@code SMFError}, also {@code mutagen.smf.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class SMFError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public SMFError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public SMFError(String message, Throwable cause) {
        super(message, cause);
    }
}
