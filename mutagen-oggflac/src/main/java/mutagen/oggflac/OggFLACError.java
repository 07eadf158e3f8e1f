// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import mutagen.ogg.OggError;

/** Errors of Ogg FLAC files. Mirrors {@code mutagen.oggflac.error}. */
public class OggFLACError extends OggError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggFLACError(String message) {
        super(message);
    }
}
