// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

import mutagen.ogg.OggError;/**
 * Errors of Ogg Opus files. Mirrors {@code mutagen.oggopus.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggOpusError extends OggError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggOpusError(String message) {
        super(message);
    }
}
