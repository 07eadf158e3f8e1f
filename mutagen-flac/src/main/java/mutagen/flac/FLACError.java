// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import mutagen.MutagenError;

/**
 * The error raised for a FLAC file that cannot be read or written. Mirrors {@code mutagen.flac.error}.
 */
public class FLACError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public FLACError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public FLACError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public FLACError(Throwable cause) {
        super(cause);
    }
}
