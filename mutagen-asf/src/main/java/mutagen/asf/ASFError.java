// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import mutagen.MutagenError;

/**
 * The error raised for an ASF file that cannot be read or written. Stands for both {@code mutagen.asf.error} (the
 * module's base error) and its subclass {@code mutagen.asf.ASFError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class ASFError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public ASFError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public ASFError(String message, Throwable cause) {
        super(message, cause);
    }
}
