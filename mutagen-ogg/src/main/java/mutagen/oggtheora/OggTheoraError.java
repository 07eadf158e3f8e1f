// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import mutagen.ogg.OggError;/**
 * Errors of Ogg Theora files. Mirrors {@code mutagen.oggtheora.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggTheoraError extends OggError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggTheoraError(String message) {
        super(message);
    }
}
