// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

/** A broken or missing Ogg Speex header. Mirrors {@code mutagen.oggspeex.OggSpeexHeaderError}. */
public class OggSpeexHeaderError extends OggSpeexError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggSpeexHeaderError(String message) {
        super(message);
    }
}
