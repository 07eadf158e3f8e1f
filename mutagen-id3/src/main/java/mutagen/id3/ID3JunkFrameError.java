// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Raised internally when a frame's fields cannot be parsed; such frames are dropped.
 *
 * <p>Mirrors {@code mutagen.id3.ID3JunkFrameError}.
 */
public class ID3JunkFrameError extends ID3Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ID3JunkFrameError(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public ID3JunkFrameError(String message, Throwable cause) {
        super(message, cause);
    }
}
