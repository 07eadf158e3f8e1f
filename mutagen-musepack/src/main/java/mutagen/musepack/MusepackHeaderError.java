// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.musepack;

import mutagen.apev2.APEv2Error;

/**
 * Not a Musepack file: no SV4 to SV8 stream header, or a broken one (mutagen's {@code MusepackHeaderError}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class MusepackHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public MusepackHeaderError(String message) {
        super(message);
    }
}
