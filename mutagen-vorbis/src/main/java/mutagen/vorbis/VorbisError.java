// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import mutagen.MutagenError;

/**
 * The error raised for an invalid Vorbis comment. Mirrors {@code mutagen._vorbis.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class VorbisError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public VorbisError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public VorbisError(String message, Throwable cause) {
        super(message, cause);
    }
}
