// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

/** A broken or missing Ogg FLAC header. Mirrors {@code mutagen.oggflac.OggFLACHeaderError}. */
public class OggFLACHeaderError extends OggFLACError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggFLACHeaderError(String message) {
        super(message);
    }
}
