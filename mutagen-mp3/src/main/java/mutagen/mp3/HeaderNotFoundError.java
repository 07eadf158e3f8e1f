// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

/**
 * An error raised when no MPEG audio frame can be found ({@code "can't sync to MPEG frame"}).
 *
 * <p>Mirrors {@code mutagen.mp3.HeaderNotFoundError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class HeaderNotFoundError extends MP3Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public HeaderNotFoundError(String message) {
        super(message);
    }
}
