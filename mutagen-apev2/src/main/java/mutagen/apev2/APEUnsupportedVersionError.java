// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

/**
 * Declared by mutagen, never raised by it; kept for the API.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class APEUnsupportedVersionError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public APEUnsupportedVersionError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public APEUnsupportedVersionError(String message, Throwable cause) {
        super(message, cause);
    }
}
