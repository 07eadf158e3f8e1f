// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

/**
 * An error for an invalid MPEG frame header.
 *
 * <p>Mirrors {@code mutagen.mp3.InvalidMPEGHeader}, which mutagen 1.48.1 declares but never raises; it exists for
 * callers that catch it.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class InvalidMPEGHeader extends MP3Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public InvalidMPEGHeader(String message) {
        super(message);
    }
}
