// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/** A field of a frame could not be read or written (mutagen's internal {@code SpecError}). */
final class SpecError extends Exception {
    private static final long serialVersionUID = 1L;

    SpecError(String message) {
        super(message);
    }
}
