// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tak;

import mutagen.apev2.APEv2Error;

/**
 * Not a readable TAK file (mutagen's {@code TAKHeaderError}): no {@code tBaK} at the start, no stream information
 * before the end block, a stream information block of a size outside 11 to 23 bytes, or metadata cut short
 * ({@code not enough data}, mutagen's {@code BitReaderError} converted).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class TAKHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public TAKHeaderError(String message) {
        super(message);
    }

    /**
     * Creates an error with a message and a cause.
     *
     * @param message mutagen's message (the text Python's error has)
     * @param cause the error that caused this one
     */
    public TAKHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
