// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

/** An item that cannot be read: a reserved kind, a bad key, a short value, text that is not UTF-8. */
public class APEBadItemError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public APEBadItemError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public APEBadItemError(String message, Throwable cause) {
        super(message, cause);
    }
}
