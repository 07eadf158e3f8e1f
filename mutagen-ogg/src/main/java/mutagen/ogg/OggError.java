// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import mutagen.MutagenError;

/**
 * Ogg stream parsing errors. Mirrors {@code mutagen.ogg.error}; every codec's error extends it.
 */
public class OggError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggError(String message) {
        super(message);
    }

    /** Wraps an I/O failure, showing its message. */
    public OggError(Throwable cause) {
        super(cause);
    }
}
