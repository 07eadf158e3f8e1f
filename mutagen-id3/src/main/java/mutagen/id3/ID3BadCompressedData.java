// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * Deprecated and never raised.
 *
 * <p>Mirrors {@code mutagen.id3.ID3BadCompressedData}.
 */
public class ID3BadCompressedData extends ID3Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message. */
    public ID3BadCompressedData(String message) {
        super(message);
    }

    /** Creates the error with a message and a cause. */
    public ID3BadCompressedData(String message, Throwable cause) {
        super(message, cause);
    }
}
