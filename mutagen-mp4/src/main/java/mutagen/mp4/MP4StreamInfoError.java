// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

/** Mirrors {@code mutagen.mp4.MP4StreamInfoError}. */
public class MP4StreamInfoError extends MP4Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public MP4StreamInfoError(String message) {
        super(message);
    }

    /** Wraps a cause, showing its message. */
    public MP4StreamInfoError(Throwable cause) {
        super(cause);
    }
}
