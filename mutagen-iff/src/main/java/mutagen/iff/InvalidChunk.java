// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

/**
 * A chunk header that is not valid: a bad ID, a container too small for its name, a root of the wrong kind. Mirrors {@code mutagen._iff.InvalidChunk}.
 */
public class InvalidChunk extends IffError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public InvalidChunk(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public InvalidChunk(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public InvalidChunk(Throwable cause) {
        super(cause);
    }
}
