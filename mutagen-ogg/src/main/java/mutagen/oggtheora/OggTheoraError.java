// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import mutagen.ogg.OggError;/** Errors of Ogg Theora files. Mirrors {@code mutagen.oggtheora.error}. */
public class OggTheoraError extends OggError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggTheoraError(String message) {
        super(message);
    }
}
