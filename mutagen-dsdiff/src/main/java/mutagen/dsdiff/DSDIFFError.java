// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import mutagen.iff.IffError;

/**
 * The error raised for a DSDIFF file that cannot be read or written. Mirrors {@code mutagen.dsdiff.error} (a subclass
 * of {@code mutagen._iff.error}).
 */
public class DSDIFFError extends IffError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public DSDIFFError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public DSDIFFError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public DSDIFFError(Throwable cause) {
        super(cause);
    }
}
