// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import mutagen.MutagenError;

/** Not an AAC stream, or one that cannot be read (mutagen's {@code AACError}, also {@code mutagen.aac.error}). */
public class AACError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public AACError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public AACError(String message, Throwable cause) {
        super(message, cause);
    }
}
