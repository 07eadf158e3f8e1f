// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import mutagen.MutagenError;

/**
 * Reads big-endian bit fields (MPEG, AAC and AC-3 headers), MSB first.
 *
 * <p>Mirrors mutagen's {@code _util.BitReader}; running out of data raises the byte reader's error (its
 * {@link ErrorFactory}) instead of {@code BitReaderError}, and a negative count is an
 * {@link IllegalArgumentException} (Python's {@code ValueError}). As in mutagen, skipping whole bytes past the end
 * does not fail by itself; the next read does.
 *
 * <p>Not thread-safe: a cursor, used by one thread.
 */
public final class BitReader {
    private final ByteReader in;
    private final int startPosition;
    private long buffer;
    private int bits;
    // Whole bytes skipped beyond the end of the input (mutagen seeks past the end without an error).
    private long overrun;

    /**
     * A reader of the bits that follow the byte reader's position.
     *
     * @param in the input
     */
    public BitReader(ByteReader in) {
        this.in = in;
        this.startPosition = in.position();
    }

    /**
     * Reads {@code count} bits (0 to 64) as an unsigned value; a 64-bit value with its top bit set comes back as a
     * negative {@code long} (use {@link Long#toUnsignedString(long)}).
     *
     * @param count how many
     * @return the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public long bits(int count) throws MutagenError {
        if (count < 0 || count > 64) {
            throw new IllegalArgumentException("bit count " + count);
        }
        if (count > 56) {
            // The buffer holds at most 63 bits; read the wide value in two parts.
            long high = bits(count - 32);
            return (high << 32) | bits(32);
        }
        if (count > bits) {
            int nBytes = (count - bits + 7) / 8;
            if (overrun > 0 || in.remaining() < nBytes) {
                throw in.errors().create("not enough data");
            }
            for (int i = 0; i < nBytes; i++) {
                buffer = (buffer << 8) | in.u8();
            }
            bits += nBytes * 8;
        }
        bits -= count;
        long value = buffer >>> bits;
        buffer &= (1L << bits) - 1;
        return value;
    }

    /**
     * Reads {@code count} bits as an {@code int} (count at most 31).
     *
     * @param count how many
     * @return the number
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public int intBits(int count) throws MutagenError {
        if (count > 31) {
            throw new IllegalArgumentException("bit count " + count);
        }
        return (int) bits(count);
    }

    /**
     * Reads {@code count} whole bytes, aligned or not, after checking that they are there.
     *
     * @param count how many
     * @return the bytes
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public byte[] bytes(int count) throws MutagenError {
        if (count < 0) {
            throw new IllegalArgumentException("byte count " + count);
        }
        if (overrun > 0 && count > 0) {
            throw in.errors().create("not enough data");
        }
        if (bits == 0) {
            if (in.remaining() < count) {
                throw in.errors().create("not enough data");
            }
            return in.bytes(count);
        }
        // Unaligned: fewer than 8 bits are buffered, so count more bytes are needed.
        if (in.remaining() < count) {
            throw in.errors().create("not enough data");
        }
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) bits(8);
        }
        return out;
    }

    /**
     * Skips {@code count} bits.
     *
     * @param count how many
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public void skip(long count) throws MutagenError {
        if (count < 0) {
            throw new IllegalArgumentException("bit count " + count);
        }
        if (count <= bits) {
            bits((int) count);
            return;
        }
        count -= align();
        long nBytes = count / 8;
        long available = overrun > 0 ? 0 : in.remaining();
        if (nBytes > available) {
            in.skip(available);
            overrun += nBytes - available;
        } else {
            in.skip(nBytes);
        }
        bits((int) (count - nBytes * 8));
    }

    /**
     * The number of bits read or skipped so far.
     *
     * @return the number of bits read or skipped so far
     */
    public long position() {
        return ((long) (in.position() - startPosition) + overrun) * 8 - bits;
    }

    /**
     * Drops the bits left in the current byte and answers how many there were.
     *
     * @return how many there were
     */
    public int align() {
        int dropped = bits;
        buffer = 0;
        bits = 0;
        return dropped;
    }

    /**
     * Whether the reader stands on a byte boundary.
     *
     * @return whether the reader stands on a byte boundary
     */
    public boolean isAligned() {
        return bits == 0;
    }
}
