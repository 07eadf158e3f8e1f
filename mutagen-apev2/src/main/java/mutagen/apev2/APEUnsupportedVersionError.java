// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

/** Declared by mutagen, never raised by it; kept for the API. */
public class APEUnsupportedVersionError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public APEUnsupportedVersionError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public APEUnsupportedVersionError(String message, Throwable cause) {
        super(message, cause);
    }
}
