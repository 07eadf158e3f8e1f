// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import mutagen.MutagenError;

/**
 * Makes the calling format's error for a problem found by a shared helper, so that a truncated FLAC yields a
 * {@code FLACError} and never an {@link IndexOutOfBoundsException}. Pass a constructor reference:
 * {@code FLACError::new}.
 */
@FunctionalInterface
public interface ErrorFactory {
    /** The error for the message. */
    MutagenError create(String message);

    /** The plain {@link MutagenError} factory, for callers with no format of their own. */
    ErrorFactory GENERIC = MutagenError::new;
}
