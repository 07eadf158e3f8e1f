// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

/**
 * An item that cannot be read: a reserved kind, a bad key, a short value, text that is not UTF-8.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class APEBadItemError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public APEBadItemError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public APEBadItemError(String message, Throwable cause) {
        super(message, cause);
    }
}
