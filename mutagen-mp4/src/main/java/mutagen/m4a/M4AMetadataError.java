// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

/**
 * Python's {@code M4AMetadataError}; nothing raises it.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
@Deprecated
public class M4AMetadataError extends M4AError {
    private static final long serialVersionUID = 1L;

    /**
     * An error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public M4AMetadataError(String message) {
        super(message);
    }
}
