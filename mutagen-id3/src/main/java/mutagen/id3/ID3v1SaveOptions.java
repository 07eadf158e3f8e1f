// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * What saving does with an ID3v1 tag at the end of the file.
 *
 * <p>Mirrors {@code mutagen.id3.ID3v1SaveOptions}.
 *
 * <p>Thread-safe: an enum, immutable.
 */
public enum ID3v1SaveOptions {
    /** ID3v1 tags will be removed. */
    REMOVE,
    /** ID3v1 tags will be updated but not added. */
    UPDATE,
    /** ID3v1 tags will be created and/or updated. */
    CREATE;

    /**
     * {@return the option of mutagen's integer value (0, 1, 2)}
     *
     * @param value the value
     */
    public static ID3v1SaveOptions of(int value) {
        if (value < 0 || value > 2) {
            throw new IllegalArgumentException("invalid ID3v1SaveOptions " + value);
        }
        return values()[value];
    }
}
