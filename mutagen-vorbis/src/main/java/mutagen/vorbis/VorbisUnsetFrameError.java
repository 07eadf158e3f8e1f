// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

/**
 * The error raised when a Vorbis comment that needs a framing bit lacks it. Mirrors {@code
 * mutagen._vorbis.VorbisUnsetFrameError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class VorbisUnsetFrameError extends VorbisError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public VorbisUnsetFrameError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public VorbisUnsetFrameError(String message, Throwable cause) {
        super(message, cause);
    }
}
