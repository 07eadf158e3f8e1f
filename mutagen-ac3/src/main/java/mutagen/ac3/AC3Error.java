// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import mutagen.MutagenError;

/**
 * Not an AC-3 or E-AC-3 stream, or a header that cannot be read (mutagen's {@code AC3Error}, also {@code
 * mutagen.ac3.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class AC3Error extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public AC3Error(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public AC3Error(String message, Throwable cause) {
        super(message, cause);
    }
}
