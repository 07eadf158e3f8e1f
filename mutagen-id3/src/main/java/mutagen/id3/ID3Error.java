// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * The base of every ID3 error. Mirrors {@code mutagen.id3.error}. Python's module-level {@code error} is named {@code
 * ID3Error} here. Safe to share across threads once thrown.
 */
public class ID3Error extends mutagen.MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     * @param message mutagen's message (the text Python's error has)
     */
    public ID3Error(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public ID3Error(String message, Throwable cause) {
        super(message, cause);
    }
}
