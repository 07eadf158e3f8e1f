// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import mutagen.MutagenError;

/**
 * Ogg stream parsing errors. Mirrors {@code mutagen.ogg.error}; every codec's error extends it.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggError(String message) {
        super(message);
    }

    /**
     * Wraps an I/O failure, showing its message.
     *
     * @param cause the error that caused this one
     */
    public OggError(Throwable cause) {
        super(cause);
    }
}
