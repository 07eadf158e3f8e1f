// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tak;

import mutagen.MutagenError;
import mutagen.util.ByteReader;

/**
 * Reads bit fields least significant bit first (mutagen's {@code tak._LSBBitReader}): the first field of a byte
 * is in its low bits, and a field that crosses bytes takes the later byte's bits as its high bits. The bytes come
 * from a {@link ByteReader}; running out raises its error with mutagen's text {@code not enough data}.
 * {@link mutagen.util.BitReader} reads the other way (MSB first), hence this small reader for TAK alone.
 */
final class LSBBitReader {
    private final ByteReader in;
    private int buffer;
    private int bits;

    LSBBitReader(ByteReader in) {
        this.in = in;
    }

    /** Reads {@code count} bits (0 to 56) as an unsigned value, LSB first. */
    long bits(int count) throws MutagenError {
        if (count < 0 || count > 56) {
            throw new IllegalArgumentException("bit count " + count);
        }
        if (count <= bits) {
            return low(count);
        }
        int shift = bits;
        long value = low(bits);
        int remaining = count - shift;
        int nBytes = (remaining + 7) / 8;
        if (in.remaining() < nBytes) {
            throw in.errors().create("not enough data");
        }
        for (int i = 0; i < nBytes; i++) {
            int b = in.u8();
            if (remaining > 8) {
                value |= (long) b << shift;
                shift += 8;
                remaining -= 8;
            } else {
                buffer = b;
                bits = 8;
                value |= (long) low(remaining) << shift;
            }
        }
        return value;
    }

    /** Skips {@code count} bits (reads them: TAK's skips are all shorter than a byte). */
    void skip(int count) throws MutagenError {
        bits(count);
    }

    /** Whether the reader stands on a byte boundary. */
    boolean isAligned() {
        return bits == 0;
    }

    private int low(int count) {
        int value = buffer & (0xff >> (8 - count));
        buffer >>= count;
        bits -= count;
        return value;
    }
}
