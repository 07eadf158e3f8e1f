// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import mutagen.MutagenError;

/**
 * The error raised for a FLAC file that cannot be read or written. Mirrors {@code mutagen.flac.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class FLACError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public FLACError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public FLACError(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Wraps an I/O failure, showing its message.
     *
     * @param cause the error that caused this one
     */
    public FLACError(Throwable cause) {
        super(cause);
    }
}
