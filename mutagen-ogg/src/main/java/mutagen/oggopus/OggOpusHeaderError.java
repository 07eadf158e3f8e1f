// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

/** A broken or missing Ogg Opus header. Mirrors {@code mutagen.oggopus.OggOpusHeaderError}. */
public class OggOpusHeaderError extends OggOpusError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggOpusHeaderError(String message) {
        super(message);
    }
}
