// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * The base of every ID3 error.
 *
 * <p>Mirrors {@code mutagen.id3.error}. Python's module-level {@code error} is named {@code ID3Error} here.
 */
public class ID3Error extends mutagen.MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ID3Error(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public ID3Error(String message, Throwable cause) {
        super(message, cause);
    }
}
