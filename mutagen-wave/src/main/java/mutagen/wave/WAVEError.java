// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import mutagen.iff.IffError;

/**
 * The error raised for a WAVE file that cannot be read or written. Mirrors {@code mutagen.wave.error} (a subclass
 * of {@code mutagen._iff.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class WAVEError extends IffError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public WAVEError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public WAVEError(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Wraps an I/O failure, showing its message.
     *
     * @param cause the error that caused this one
     */
    public WAVEError(Throwable cause) {
        super(cause);
    }
}
