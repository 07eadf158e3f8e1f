// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Deprecated and never raised.
 *
 * <p>Mirrors {@code mutagen.id3.ID3Warning}.
 */
public class ID3Warning extends ID3Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ID3Warning(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public ID3Warning(String message, Throwable cause) {
        super(message, cause);
    }
}
