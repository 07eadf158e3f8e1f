// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import mutagen.MutagenError;

/** Not an AC-3 or E-AC-3 stream, or a header that cannot be read (mutagen's {@code AC3Error}, also {@code mutagen.ac3.error}). */
public class AC3Error extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public AC3Error(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public AC3Error(String message, Throwable cause) {
        super(message, cause);
    }
}
