// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import mutagen.iff.IffError;

/**
 * The error raised for an AIFF file that cannot be read or written. Mirrors {@code mutagen.aiff.error} (a subclass
 * of {@code mutagen._iff.error}).
 */
public class AIFFError extends IffError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public AIFFError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public AIFFError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public AIFFError(Throwable cause) {
        super(cause);
    }
}
