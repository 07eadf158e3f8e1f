// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

/**
 * No APEv2 tag was found (or its items are empty).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class APENoHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public APENoHeaderError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public APENoHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
