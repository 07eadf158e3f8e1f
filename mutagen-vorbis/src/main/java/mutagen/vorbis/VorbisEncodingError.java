// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

/**
 * The error raised for text that cannot be decoded under {@link VComment.Errors#STRICT}. Mirrors {@code
 * mutagen._vorbis.VorbisEncodingError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class VorbisEncodingError extends VorbisError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public VorbisEncodingError(String message) {
        super(message);
    }

    /**
     * Creates the error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public VorbisEncodingError(String message, Throwable cause) {
        super(message, cause);
    }
}
