// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import mutagen.util.Limits;

/**
 * A PADDING block (type 1): zero bytes reserved for growing metadata in place. Mirrors {@code mutagen.flac.Padding}.
 *
 * <p>On save every padding block is dropped and one final padding block of the size the padding function chooses
 * is written.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class Padding implements MetadataBlock {

    /** The type code of PADDING blocks. */
    public static final int CODE = 1;

    private long length;

    /** Creates an empty padding block (length 0). */
    public Padding() {
    }

    /**
     * Creates a padding block as long as the payload.
     *
     * @param data the bytes
     */
    public Padding(byte[] data) {
        this.length = data.length;
    }

    /**
     * Creates a padding block of a length.
     *
     * @param length the length in bytes
     * @return the {@code Padding}
     */
    public static Padding ofLength(long length) {
        Padding p = new Padding();
        p.length = length;
        return p;
    }

    @Override
    public int code() {
        return CODE;
    }

    /**
     * The number of padding bytes.
     *
     * @return the number of padding bytes
     */
    public long length() {
        return length;
    }

    /**
     * Sets the number of padding bytes.
     *
     * @param v the value
     */
    public void length(long v) {
        length = v;
    }

    /**
     * The payload: {@link #length()} zero bytes (none when negative, as Python's {@code b"\x00" * n}).
     *
     * @throws IllegalArgumentException when the length cannot be allocated (mutagen's "cannot write N bytes")
     */
    @Override
    public byte[] write() {
        if (length > Limits.MAX_ARRAY) {
            throw new IllegalArgumentException("cannot write " + length + " bytes");
        }
        return new byte[(int) Math.max(0, length)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Padding && ((Padding) o).length == length;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(length);
    }

    /** Python's repr: {@code <Padding (N bytes)>}. */
    @Override
    public String toString() {
        return "<Padding (" + length + " bytes)>";
    }
}
