// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import mutagen.iff.IffError;

/**
 * The error raised for an AIFF file that cannot be read or written. Mirrors {@code mutagen.aiff.error} (a subclass
 * of {@code mutagen._iff.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class AIFFError extends IffError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public AIFFError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public AIFFError(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Wraps an I/O failure, showing its message.
     *
     * @param cause the error that caused this one
     */
    public AIFFError(Throwable cause) {
        super(cause);
    }
}
