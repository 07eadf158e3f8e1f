// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

/** A broken or missing Ogg Theora header. Mirrors {@code mutagen.oggtheora.OggTheoraHeaderError}. */
public class OggTheoraHeaderError extends OggTheoraError {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public OggTheoraHeaderError(String message) {
        super(message);
    }
}
