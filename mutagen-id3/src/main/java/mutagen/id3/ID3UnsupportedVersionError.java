// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Raised for an ID3v2 major version other than 2, 3 or 4.
 *
 * <p>Mirrors {@code mutagen.id3.ID3UnsupportedVersionError}. Python also derives it from {@code NotImplementedError}.
 */
public class ID3UnsupportedVersionError extends ID3Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ID3UnsupportedVersionError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public ID3UnsupportedVersionError(String message, Throwable cause) {
        super(message, cause);
    }
}
