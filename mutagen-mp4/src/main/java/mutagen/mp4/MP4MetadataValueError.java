// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

/**
 * Mirrors {@code mutagen.mp4.MP4MetadataValueError (a ValueError too in Python)}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class MP4MetadataValueError extends MP4MetadataError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public MP4MetadataValueError(String message) {
        super(message);
    }

    /**
     * Wraps a cause, showing its message.
     *
     * @param cause the error that caused this one
     */
    public MP4MetadataValueError(Throwable cause) {
        super(cause);
    }
}
