// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

import mutagen.ogg.OggError;/** Errors of Ogg Speex files. Mirrors {@code mutagen.oggspeex.error}. */
public class OggSpeexError extends OggError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggSpeexError(String message) {
        super(message);
    }
}
