// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

import mutagen.MutagenError;

/**
 * The error of the deprecated module (Python's {@code mutagen.m4a.error}).
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
@Deprecated
public class M4AError extends MutagenError {
    private static final long serialVersionUID = 1L;

    /**
     * An error with a message.
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public M4AError(String message) {
        super(message);
    }
}
