// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * A field of a frame could not be read or written (mutagen's internal {@code SpecError}). It is always caught inside
 * this package and turned into a frame error, so it carries no stack trace: filling one in for each junk frame would
 * cost more than reading the frame.
 */
final class SpecError extends Exception {
    private static final long serialVersionUID = 1L;

    SpecError(String message) {
        super(message, null, false, false);
    }
}
