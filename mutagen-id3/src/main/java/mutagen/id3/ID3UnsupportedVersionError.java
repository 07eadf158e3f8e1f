// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Raised for an ID3v2 major version other than 2, 3 or 4. Mirrors {@code mutagen.id3.ID3UnsupportedVersionError}.
 * Python also derives it from {@code NotImplementedError}. Safe to share across threads once thrown.
 */
public class ID3UnsupportedVersionError extends ID3Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     * @param message mutagen's message (the text Python's error has)
     */
    public ID3UnsupportedVersionError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public ID3UnsupportedVersionError(String message, Throwable cause) {
        super(message, cause);
    }
}
