// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import mutagen.MutagenError;

/**
 * The error raised for a DSF file that cannot be read or written. Mirrors {@code mutagen.dsf.error}.
 */
public class DSFError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public DSFError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public DSFError(String message, Throwable cause) {
        super(message, cause);
    }

    /** Wraps an I/O failure, showing its message. */
    public DSFError(Throwable cause) {
        super(cause);
    }
}
