// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

/**
 * A chunk header that is not valid: a bad ID, a container too small for its name, a root of the wrong kind. Mirrors
 * {@code mutagen._iff.InvalidChunk}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class InvalidChunk extends IffError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public InvalidChunk(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public InvalidChunk(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Wraps an I/O failure, showing its message.
     *
     * @param cause the error that caused this one
     */
    public InvalidChunk(Throwable cause) {
        super(cause);
    }
}
