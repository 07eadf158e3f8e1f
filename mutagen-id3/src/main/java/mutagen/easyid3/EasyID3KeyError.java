// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easyid3;

import mutagen.id3.ID3Error;

/**
 * Raised for a key EasyID3 does not know. Mirrors {@code mutagen.easyid3.EasyID3KeyError}; Python also derives it from
 * {@code KeyError} and {@code ValueError}. Safe to share across threads once thrown.
 */
public class EasyID3KeyError extends ID3Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error with a message.
     * @param message mutagen's message (the text Python's error has)
     */
    public EasyID3KeyError(String message) {
        super(message);
    }
}
