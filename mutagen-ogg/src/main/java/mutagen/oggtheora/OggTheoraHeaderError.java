// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

/**
 * A broken or missing Ogg Theora header. Mirrors {@code mutagen.oggtheora.OggTheoraHeaderError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggTheoraHeaderError extends OggTheoraError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggTheoraHeaderError(String message) {
        super(message);
    }
}
