// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import mutagen.MutagenError;

/** Mirrors {@code mutagen.mp4.error}. */
public class MP4Error extends MutagenError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public MP4Error(String message) {
        super(message);
    }

    /** Wraps a cause, showing its message. */
    public MP4Error(Throwable cause) {
        super(cause);
    }
}
