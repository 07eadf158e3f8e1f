// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

/**
 * No True Audio header ({@code TTA} and 18 bytes) where the audio starts (mutagen's {@code TrueAudioHeaderError});
 * also an I/O failure while reading it, as mutagen's {@code convert_error(IOError, TrueAudioHeaderError)}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class TrueAudioHeaderError extends TrueAudioError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public TrueAudioHeaderError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public TrueAudioHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
