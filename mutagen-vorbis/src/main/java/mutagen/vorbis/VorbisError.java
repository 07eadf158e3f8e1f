// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import mutagen.MutagenError;

/**
 * The error raised for an invalid Vorbis comment. Mirrors {@code mutagen._vorbis.error}.
 */
public class VorbisError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public VorbisError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public VorbisError(String message, Throwable cause) {
        super(message, cause);
    }
}
