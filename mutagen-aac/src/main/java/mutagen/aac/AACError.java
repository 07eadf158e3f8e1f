// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import mutagen.MutagenError;

/**
 * Not an AAC stream, or one that cannot be read (mutagen's {@code AACError}, also {@code mutagen.aac.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class AACError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public AACError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public AACError(String message, Throwable cause) {
        super(message, cause);
    }
}
