// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

/**
 * Internal: the bytes at hand are not a LAME header. Caught inside this package and never thrown to callers.
 *
 * <p>Mirrors mutagen's internal {@code mutagen.mp3._util.LAMEError}, which is not a {@code MutagenError} either.
 */
final class LAMEError extends Exception {
    private static final long serialVersionUID = 1L;

    LAMEError(String message) {
        super(message, null, false, false);
    }
}
