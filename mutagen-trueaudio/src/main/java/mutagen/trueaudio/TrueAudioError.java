// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

import mutagen.MutagenError;

/**
 * The base of True Audio's errors (mutagen's {@code mutagen.trueaudio.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class TrueAudioError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public TrueAudioError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public TrueAudioError(String message, Throwable cause) {
        super(message, cause);
    }
}
