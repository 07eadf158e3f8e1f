// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

/** No APEv2 tag was found (or its items are empty). */
public class APENoHeaderError extends APEv2Error {
    private static final long serialVersionUID = 1L;

    /** Creates an error with a message. */
    public APENoHeaderError(String message) {
        super(message);
    }

    /** Creates an error with a message and a cause. */
    public APENoHeaderError(String message, Throwable cause) {
        super(message, cause);
    }
}
