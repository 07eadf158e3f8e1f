// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import mutagen.MutagenError;

/**
 * The error raised for an IFF, RIFF or DSDIFF file that cannot be read or written. Mirrors {@code mutagen._iff.error}.
 */
public class IffError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public IffError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public IffError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public IffError(Throwable cause) {
        super(cause);
    }
}
