// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

/**
 * The error raised for text that cannot be decoded under {@link VComment.Errors#STRICT}. Mirrors {@code mutagen._vorbis.VorbisEncodingError}.
 */
public class VorbisEncodingError extends VorbisError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public VorbisEncodingError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public VorbisEncodingError(String message, Throwable cause) {
        super(message, cause);
    }
}
