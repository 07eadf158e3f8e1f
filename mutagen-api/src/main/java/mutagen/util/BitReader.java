// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import mutagen.MutagenError;

/**
 * Reads big-endian bit fields (MPEG, AAC and AC-3 headers), MSB first.
 *
 * <p>Mirrors mutagen's {@code _util.BitReader}; running out of data raises the caller's error instead of
 * {@code BitReaderError}.
 */
public final class BitReader {
    private final ByteReader in;
    private final int startPosition;
    private long buffer;
    private int bits;

    /** A reader of the bits that follow the byte reader's position. */
    public BitReader(ByteReader in) {
        this.in = in;
        this.startPosition = in.position();
    }

    /** Reads {@code count} bits (0 to 56) as an unsigned value. */
    public long bits(int count) throws MutagenError {
        if (count < 0 || count > 56) {
            throw new IllegalArgumentException("bit count " + count);
        }
        if (count > bits) {
            int nBytes = (count - bits + 7) / 8;
            if (in.remaining() < nBytes) {
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

    /** Reads {@code count} bits as an {@code int} (count at most 31). */
    public int intBits(int count) throws MutagenError {
        if (count > 31) {
            throw new IllegalArgumentException("bit count " + count);
        }
        return (int) bits(count);
    }

    /** Reads {@code count} whole bytes, aligned or not. */
    public byte[] bytes(int count) throws MutagenError {
        if (bits == 0) {
            return in.bytes(count);
        }
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            out[i] = (byte) bits(8);
        }
        return out;
    }

    /** Skips {@code count} bits. */
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
        in.skip(nBytes);
        bits((int) (count - nBytes * 8));
    }

    /** The number of bits read so far. */
    public long position() {
        return (long) (in.position() - startPosition) * 8 - bits;
    }

    /** Drops the bits left in the current byte and answers how many there were. */
    public int align() {
        int dropped = bits;
        buffer = 0;
        bits = 0;
        return dropped;
    }

    /** Whether the reader stands on a byte boundary. */
    public boolean isAligned() {
        return bits == 0;
    }
}
