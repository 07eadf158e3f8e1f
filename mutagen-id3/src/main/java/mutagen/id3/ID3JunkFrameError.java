// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Raised internally when a frame's fields cannot be parsed; such frames are dropped. It is thrown and caught once per
 * junk frame while a tag is read, so it carries no stack trace (the message says what was wrong). Mirrors {@code
 * mutagen.id3.ID3JunkFrameError}. Safe to share across threads once thrown.
 */
public class ID3JunkFrameError extends ID3Error implements mutagen.MutagenError.Stackless {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     * @param message mutagen's message (the text Python's error has)
     */
    public ID3JunkFrameError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public ID3JunkFrameError(String message, Throwable cause) {
        super(message, cause);
    }
}
