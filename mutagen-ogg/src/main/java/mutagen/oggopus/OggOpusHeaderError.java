// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

/**
 * A broken or missing Ogg Opus header. Mirrors {@code mutagen.oggopus.OggOpusHeaderError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggOpusHeaderError extends OggOpusError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggOpusHeaderError(String message) {
        super(message);
    }
}
