// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

/**
 * A chunk header cut short by the end of the file. Mirrors {@code mutagen._iff.EmptyChunk}.
 */
public class EmptyChunk extends InvalidChunk {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public EmptyChunk(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public EmptyChunk(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public EmptyChunk(Throwable cause) {
        super(cause);
    }
}
