// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

import mutagen.ogg.OggError;/** Errors of Ogg Vorbis files. Mirrors {@code mutagen.oggvorbis.error}. */
public class OggVorbisError extends OggError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggVorbisError(String message) {
        super(message);
    }
}
