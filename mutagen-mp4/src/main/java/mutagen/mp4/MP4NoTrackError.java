// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

/** Mirrors {@code mutagen.mp4.MP4NoTrackError}. */
public class MP4NoTrackError extends MP4StreamInfoError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public MP4NoTrackError(String message) {
        super(message);
    }

    /** Wraps a cause, showing its message. */
    public MP4NoTrackError(Throwable cause) {
        super(cause);
    }
}
