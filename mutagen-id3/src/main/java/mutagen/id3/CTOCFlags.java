// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

/**
 * The flags byte of a CTOC frame.
 *
 * <p>Mirrors {@code mutagen.id3.CTOCFlags}, a flags enumeration; {@link #toString()} gives Python's text
 * ({@code CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED}).
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class CTOCFlags {
    /** Identifies the CTOC root frame. */
    public static final int TOP_LEVEL = 0x2;
    /** Child elements are ordered. */
    public static final int ORDERED = 0x1;

    private final int value;

    private CTOCFlags(int value) {
        this.value = value;
    }

    /**
     * {@return the flags of a byte value}
     *
     * @param value the value
     */
    public static CTOCFlags of(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("bytes must be in range(0, 256)");
        }
        return new CTOCFlags(value);
    }

    /** {@return the byte value} */
    public int value() {
        return value;
    }

    /**
     * {@return whether all bits of {@code flag} are set}
     *
     * @param flag the flag
     */
    public boolean has(int flag) {
        return (value & flag) == flag;
    }

    /** Python's {@code str()} of the flags value. */
    @Override
    public String toString() {
        java.util.StringJoiner parts = new java.util.StringJoiner(" | ");
        if (has(TOP_LEVEL)) {
            parts.add("CTOCFlags.TOP_LEVEL");
        }
        if (has(ORDERED)) {
            parts.add("CTOCFlags.ORDERED");
        }
        int rest = value & ~(TOP_LEVEL | ORDERED);
        return rest != 0 || parts.length() == 0 ? parts.add(Integer.toString(rest)).toString() : parts.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CTOCFlags && ((CTOCFlags) o).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }
}
