// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import mutagen.MutagenError;

/**
 * The base of every error raised while reading an MPEG audio stream.
 *
 * <p>Mirrors {@code mutagen.mp3.error}. An I/O failure of the channel is wrapped in this class with its cause kept,
 * as mutagen's {@code convert_error(IOError, error)} does.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class MP3Error extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public MP3Error(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public MP3Error(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates an error that wraps a cause and shows its message.
     *
     * @param cause the error that caused this one
     */
    public MP3Error(Throwable cause) {
        super(cause);
    }
}
