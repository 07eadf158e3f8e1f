// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import mutagen.iff.IffError;

/**
 * The error raised for a DSDIFF file that cannot be read or written. Mirrors {@code mutagen.dsdiff.error} (a subclass
 * of {@code mutagen._iff.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class DSDIFFError extends IffError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public DSDIFFError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public DSDIFFError(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Wraps an I/O failure, showing its message.
     *
     * @param cause the error that caused this one
     */
    public DSDIFFError(Throwable cause) {
        super(cause);
    }
}
