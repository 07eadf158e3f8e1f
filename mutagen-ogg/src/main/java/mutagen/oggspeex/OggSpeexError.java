// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

import mutagen.ogg.OggError;/**
 * Errors of Ogg Speex files. Mirrors {@code mutagen.oggspeex.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggSpeexError extends OggError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggSpeexError(String message) {
        super(message);
    }
}
