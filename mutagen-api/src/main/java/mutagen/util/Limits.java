// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import mutagen.MutagenError;

/**
 * The one place where a size read from a file is checked before anything is allocated or read for it.
 *
 * <p>Thread-safe: static functions without state.
 */
public final class Limits {
    /** The largest single buffer any parser allocates for one value (Java arrays stop just short of 2 GiB). */
    public static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private Limits() {
    }

    /**
     * Checks that {@code length} bytes are available where only {@code available} are left, and that they fit one
     * Java array.
     *
     * @param length the length in bytes
     * @param available the available
     * @param errors the format's error factory (its error class and mutagen's words)
     * @return the length as an {@code int}
     * @throws MutagenError from the factory when the length is negative, larger than what is left, or too large
     */
    public static int checkLength(long length, long available, ErrorFactory errors) throws MutagenError {
        if (length < 0) {
            throw errors.create("negative length " + length);
        }
        if (length > available) {
            throw errors.create("length " + length + " exceeds the " + Math.max(available, 0) + " bytes left");
        }
        if (length > MAX_ARRAY) {
            throw errors.create("length " + length + " is too large");
        }
        return (int) length;
    }
}
