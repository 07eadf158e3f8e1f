// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

/**
 * The error raised when adding a Vorbis comment to a file that has one. Mirrors
 * {@code mutagen.flac.FLACVorbisError} (which is also a Python {@code ValueError}; see {@code docs/API-MAPPING.md}).
 */
public class FLACVorbisError extends FLACError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public FLACVorbisError(String message) {
        super(message);
    }
}
