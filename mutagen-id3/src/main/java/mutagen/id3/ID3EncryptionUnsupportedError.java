// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Raised internally for an encrypted frame; such frames are kept raw in {@code unknownFrames()}. Mirrors {@code
 * mutagen.id3.ID3EncryptionUnsupportedError}. Safe to share across threads once thrown.
 */
public class ID3EncryptionUnsupportedError extends ID3Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     * @param message mutagen's message (the text Python's error has)
     */
    public ID3EncryptionUnsupportedError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public ID3EncryptionUnsupportedError(String message, Throwable cause) {
        super(message, cause);
    }
}
