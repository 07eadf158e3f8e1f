// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.trueaudio;

import mutagen.MutagenError;

/** The base of True Audio's errors (mutagen's {@code mutagen.trueaudio.error}). */
public class TrueAudioError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public TrueAudioError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public TrueAudioError(String message, Throwable cause) {
        super(message, cause);
    }
}
