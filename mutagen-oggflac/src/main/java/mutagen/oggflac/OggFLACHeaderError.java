// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

/**
 * A broken or missing Ogg FLAC header. Mirrors {@code mutagen.oggflac.OggFLACHeaderError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggFLACHeaderError extends OggFLACError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggFLACHeaderError(String message) {
        super(message);
    }
}
