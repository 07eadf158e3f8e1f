// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Raised when a file does not start with an ID3v2 header (too small or no {@code ID3} magic).
 *
 * <p>Mirrors {@code mutagen.id3.ID3NoHeaderError}. Python also derives it from {@code ValueError}.
 */
public class ID3NoHeaderError extends ID3Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ID3NoHeaderError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public ID3NoHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
