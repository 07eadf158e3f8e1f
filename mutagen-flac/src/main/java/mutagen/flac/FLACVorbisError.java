// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

/**
 * The error raised when adding a Vorbis comment to a file that has one. Mirrors
 * {@code mutagen.flac.FLACVorbisError} (which is also a Python {@code ValueError}; see {@code docs/API-MAPPING.md}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class FLACVorbisError extends FLACError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public FLACVorbisError(String message) {
        super(message);
    }
}
