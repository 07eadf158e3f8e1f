// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import mutagen.MutagenError;

/**
 * Mirrors {@code mutagen.mp4.error}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class MP4Error extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public MP4Error(String message) {
        super(message);
    }

    /**
     * Wraps a cause, showing its message.
     *
     * @param cause the error that caused this one
     */
    public MP4Error(Throwable cause) {
        super(cause);
    }
}
