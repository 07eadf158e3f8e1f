// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import mutagen.mp4.MP4Error;

/**
 * A key with no registered function. Mirrors {@code mutagen.easymp4.EasyMP4KeyError} (an {@code error}, a
 * {@code KeyError} and a {@code ValueError} in Python); the {@link mutagen.Tags} methods wrap it in an
 * {@link IllegalArgumentException} or a {@link java.util.NoSuchElementException}.
 *
 * <p>Thread safety: as any exception, safe to share across threads once thrown.
 */
public class EasyMP4KeyError extends MP4Error {
    private static final long serialVersionUID = 1L;

    /**
     * An error with mutagen's message ({@code "'foo' is not a valid key"}).
     *
     * @param message mutagen's message (the text Python's error has)
     */
    public EasyMP4KeyError(String message) {
        super(message);
    }
}
