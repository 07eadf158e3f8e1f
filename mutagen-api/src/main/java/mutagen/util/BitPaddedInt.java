// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

/**
 * Integers stored with only the low {@code bits} bits of each byte used: ID3's syncsafe integers (7 bits) and the
 * growing counters of PCNT and POPM (8 bits).
 *
 * <p>Mirrors {@code mutagen.id3._util.BitPaddedInt}; it lives here because FLAC, AAC and Musepack need it too.
 * Values are {@code long}; inputs that would exceed 63 bits are rejected.
 *
 * <p>Immutable and thread-safe.
 */
public final class BitPaddedInt {
    private BitPaddedInt() {
    }

    /**
     * Decodes the bytes, big-endian, 7 bits per byte.
     *
     * @param value the value
     * @return the number
     */
    public static long decode(byte[] value) {
        return decode(value, 7, true);
    }

    /**
     * Decodes the bytes using the low {@code bits} bits of each.
     *
     * @param value the value
     * @param bits the number of bits
     * @param bigEndian whether the bytes are big-endian
     * @return the number
     * @throws IllegalArgumentException when the value needs more than 63 bits (check the width first, or use
     *     {@link #decodeBig})
     */
    public static long decode(byte[] value, int bits, boolean bigEndian) {
        checkBits(bits);
        long mask = (1L << bits) - 1;
        long result = 0;
        int shift = 0;
        for (int i = 0; i < value.length; i++) {
            int b = value[bigEndian ? value.length - 1 - i : i] & 0xFF;
            long part = b & mask;
            if (part != 0 && (shift >= 63 || (part << shift) >>> shift != part || (part << shift) < 0)) {
                throw new IllegalArgumentException("value too wide");
            }
            result += part << shift;
            shift += bits;
        }
        return result;
    }

    /**
     * Decodes the bytes using the low {@code bits} bits of each, without a size limit (ID3's growing PCNT and POPM
     * counters).
     *
     * @param value the value
     * @param bits the number of bits
     * @param bigEndian whether the bytes are big-endian
     * @return the {@code java.math.BigInteger}
     */
    public static java.math.BigInteger decodeBig(byte[] value, int bits, boolean bigEndian) {
        checkBits(bits);
        int mask = (1 << bits) - 1;
        java.math.BigInteger result = java.math.BigInteger.ZERO;
        for (int i = 0; i < value.length; i++) {
            int b = value[bigEndian ? i : value.length - 1 - i] & mask;
            result = result.shiftLeft(bits).or(java.math.BigInteger.valueOf(b));
        }
        return result;
    }

    /**
     * Decodes an integer read as plain bytes: every byte of {@code value} (lowest first) contributes its low
     * {@code bits} bits, as {@code BitPaddedInt(int)} does.
     *
     * @param value the value
     * @param bits the number of bits
     * @return the number
     */
    public static long decode(long value, int bits) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value");
        }
        checkBits(bits);
        long mask = (1L << bits) - 1;
        long result = 0;
        int shift = 0;
        while (value != 0) {
            result += (value & mask) << shift;
            value >>>= 8;
            shift += bits;
        }
        return result;
    }

    /**
     * Encodes {@code value} in {@code width} bytes of {@code bits} bits; with {@code width == -1} it uses as many
     * bytes as needed but at least {@code minWidth}.
     *
     * @param value the value
     * @param bits the number of bits
     * @param bigEndian whether the bytes are big-endian
     * @param width the width in bytes
     * @param minWidth the min width
     * @return the bytes
     * @throws IllegalArgumentException when the value does not fit {@code width} bytes (Python's {@code ValueError})
     */
    public static byte[] encode(long value, int bits, boolean bigEndian, int width, int minWidth) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value");
        }
        checkBits(bits);
        if (width < -1 || minWidth < 0) {
            throw new IllegalArgumentException("width " + width + ", minimum width " + minWidth);
        }
        long mask = (1L << bits) - 1;
        byte[] out;
        if (width != -1) {
            out = new byte[width];
            int index = 0;
            while (value != 0) {
                if (index >= width) {
                    throw new IllegalArgumentException("Value too wide (>" + width + " bytes)");
                }
                out[index++] = (byte) (value & mask);
                value >>>= bits;
            }
        } else {
            byte[] tmp = new byte[64];
            int n = 0;
            while (value != 0) {
                tmp[n++] = (byte) (value & mask);
                value >>>= bits;
            }
            out = new byte[Math.max(n, minWidth)];
            System.arraycopy(tmp, 0, out, 0, n);
        }
        if (bigEndian) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte t = out[i];
                out[i] = out[j];
                out[j] = t;
            }
        }
        return out;
    }

    /**
     * Encodes a 28-bit syncsafe integer in four bytes.
     *
     * @param value the value
     * @return the bytes
     */
    public static byte[] encodeSyncsafe(long value) {
        return encode(value, 7, true, 4, 4);
    }

    /**
     * Whether the unused high bits of every byte are zero.
     *
     * @param value the value
     * @param bits the number of bits
     * @return whether the unused high bits of every byte are zero
     */
    public static boolean hasValidPadding(byte[] value, int bits) {
        checkBits(bits);
        int mask = ((1 << (8 - bits)) - 1) << bits;
        for (byte b : value) {
            if ((b & mask) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the unused high bits of every byte of an integer are zero.
     *
     * @param value the value
     * @param bits the number of bits
     * @return whether the unused high bits of every byte of an integer are zero
     */
    public static boolean hasValidPadding(long value, int bits) {
        checkBits(bits);
        long mask = ((1L << (8 - bits)) - 1) << bits;
        while (value != 0) {
            if ((value & mask) != 0) {
                return false;
            }
            value >>>= 8;
        }
        return true;
    }

    private static void checkBits(int bits) {
        if (bits < 1 || bits > 8) {
            throw new IllegalArgumentException("bits per byte must be 1 to 8, not " + bits);
        }
    }
}
