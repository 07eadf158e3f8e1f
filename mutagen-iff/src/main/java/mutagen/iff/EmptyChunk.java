// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

/**
 * A chunk header cut short by the end of the file. Mirrors {@code mutagen._iff.EmptyChunk}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class EmptyChunk extends InvalidChunk {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public EmptyChunk(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public EmptyChunk(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Wraps an I/O failure, showing its message.
     *
     * @param cause the error that caused this one
     */
    public EmptyChunk(Throwable cause) {
        super(cause);
    }
}
