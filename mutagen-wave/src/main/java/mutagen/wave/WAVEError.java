// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import mutagen.iff.IffError;

/**
 * The error raised for a WAVE file that cannot be read or written. Mirrors {@code mutagen.wave.error} (a subclass
 * of {@code mutagen._iff.error}).
 */
public class WAVEError extends IffError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public WAVEError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public WAVEError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public WAVEError(Throwable cause) {
        super(cause);
    }
}
