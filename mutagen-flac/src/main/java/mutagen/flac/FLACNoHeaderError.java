// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

/**
 * The error raised when a file has no {@code fLaC} marker or no STREAMINFO block.
 * Mirrors {@code mutagen.flac.FLACNoHeaderError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class FLACNoHeaderError extends FLACError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public FLACNoHeaderError(String message) {
        super(message);
    }
}
