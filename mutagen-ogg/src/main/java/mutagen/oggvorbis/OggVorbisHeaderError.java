// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

/** A broken or missing Ogg Vorbis header. Mirrors {@code mutagen.oggvorbis.OggVorbisHeaderError}. */
public class OggVorbisHeaderError extends OggVorbisError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggVorbisHeaderError(String message) {
        super(message);
    }
}
