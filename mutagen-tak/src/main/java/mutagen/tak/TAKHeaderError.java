// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tak;

import mutagen.apev2.APEv2Error;

/**
 * Not a readable TAK file (mutagen's {@code TAKHeaderError}): no {@code tBaK} at the start, no stream information
 * before the end block, a stream information block of a size outside 11 to 23 bytes, or metadata cut short
 * ({@code not enough data}, mutagen's {@code BitReaderError} converted).
 */
public class TAKHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public TAKHeaderError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public TAKHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
