// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

import mutagen.ogg.OggError;/**
 * Errors of Ogg Vorbis files. Mirrors {@code mutagen.oggvorbis.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggVorbisError extends OggError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggVorbisError(String message) {
        super(message);
    }
}
