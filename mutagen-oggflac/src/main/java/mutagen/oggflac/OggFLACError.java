// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import mutagen.ogg.OggError;

/**
 * Errors of Ogg FLAC files. Mirrors {@code mutagen.oggflac.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggFLACError extends OggError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggFLACError(String message) {
        super(message);
    }
}
