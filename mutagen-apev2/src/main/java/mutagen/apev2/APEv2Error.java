// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import mutagen.MutagenError;

/**
 * An APEv2 tag that cannot be read or written (mutagen's {@code apev2.error}); channel failures while saving are
 * wrapped in it too.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class APEv2Error extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public APEv2Error(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public APEv2Error(String message, Throwable cause) {
        super(message, cause);
    }
}
