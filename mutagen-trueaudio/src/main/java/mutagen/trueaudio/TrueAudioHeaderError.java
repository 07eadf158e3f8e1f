// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

/**
 * No True Audio header ({@code TTA} and 18 bytes) where the audio starts (mutagen's {@code TrueAudioHeaderError});
 * also an I/O failure while reading it, as mutagen's {@code convert_error(IOError, TrueAudioHeaderError)}.
 */
public class TrueAudioHeaderError extends TrueAudioError {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public TrueAudioHeaderError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public TrueAudioHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
