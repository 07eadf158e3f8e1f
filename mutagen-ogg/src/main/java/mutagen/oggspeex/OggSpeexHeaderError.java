// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

/**
 * A broken or missing Ogg Speex header. Mirrors {@code mutagen.oggspeex.OggSpeexHeaderError}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class OggSpeexHeaderError extends OggSpeexError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public OggSpeexHeaderError(String message) {
        super(message);
    }
}
