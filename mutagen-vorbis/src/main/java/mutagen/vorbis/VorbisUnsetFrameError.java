// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

/**
 * The error raised when a Vorbis comment that needs a framing bit lacks it. Mirrors {@code mutagen._vorbis.VorbisUnsetFrameError}.
 */
public class VorbisUnsetFrameError extends VorbisError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public VorbisUnsetFrameError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public VorbisUnsetFrameError(String message, Throwable cause) {
        super(message, cause);
    }
}
