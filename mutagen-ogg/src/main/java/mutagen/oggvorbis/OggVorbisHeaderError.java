// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

/**
 * A broken or missing Ogg Vorbis header. Mirrors {@code mutagen.oggvorbis.OggVorbisHeaderError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggVorbisHeaderError extends OggVorbisError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggVorbisHeaderError(String message) {
        super(message);
    }
}
