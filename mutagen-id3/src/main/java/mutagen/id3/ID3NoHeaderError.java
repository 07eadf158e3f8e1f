// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Raised when a file does not start with an ID3v2 header (too small or no {@code ID3} magic). Mirrors {@code
 * mutagen.id3.ID3NoHeaderError}. Python also derives it from {@code ValueError}. Safe to share across threads once
 * thrown.
 */
public class ID3NoHeaderError extends ID3Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     * @param message mutagen's message (the text Python's error has)
     */
    public ID3NoHeaderError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public ID3NoHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
