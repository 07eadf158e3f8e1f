// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * The text encoding byte of an ID3v2 frame.
 *
 * <p>Mirrors {@code mutagen.id3.Encoding}. ID3v2.3 allows only {@link #LATIN1} and {@link #UTF16}.
 *
 * <p>Thread-safe: an enum, immutable.
 */
public enum Encoding {
    /** ISO-8859-1, terminated by one NUL byte. */
    LATIN1,
    /** UTF-16 with a byte-order mark (written as {@code FF FE} + little-endian), terminated by two NUL bytes. */
    UTF16,
    /** UTF-16 big-endian without a byte-order mark, terminated by two NUL bytes. */
    UTF16BE,
    /** UTF-8, terminated by one NUL byte. */
    UTF8;

    private static final Encoding[] VALUES = values();

    /** {@return the encoding byte's value (0 to 3)} */
    public int value() {
        return ordinal();
    }

    /**
     * {@return the encoding of a byte value}
     *
     * @param value the value
     * @throws IllegalArgumentException for a value outside 0..3 (Python's {@code ValueError})
     */
    public static Encoding of(int value) {
        if (value < 0 || value > 3) {
            throw new IllegalArgumentException("Invalid Encoding: " + value);
        }
        return VALUES[value];
    }

    /** The width of the NUL terminator in bytes. */
    int terminatorWidth() {
        return this == UTF16 || this == UTF16BE ? 2 : 1;
    }

    /** Python's {@code str()} of the enum value: {@code Encoding.UTF8}. */
    @Override
    public String toString() {
        return "Encoding." + name();
    }
}
