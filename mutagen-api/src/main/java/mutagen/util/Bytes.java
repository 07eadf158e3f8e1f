// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Small helpers over byte arrays: ASCII magic values, packing and searching. Callers check bounds first.
 *
 * <p>Thread-safe: static functions without state.
 */
public final class Bytes {
    /** No bytes. */
    public static final byte[] EMPTY = new byte[0];

    private Bytes() {
    }

    /**
     * The arrays one after another in a new array.
     *
     * @param parts the parts
     * @return the arrays one after another in a new array
     */
    public static byte[] concat(byte[]... parts) {
        return concat(java.util.Arrays.asList(parts));
    }

    /**
     * The arrays of a list one after another in a new array.
     *
     * @param parts the parts
     * @return the arrays one after another in a new array
     */
    public static byte[] concat(java.util.List<byte[]> parts) {
        long n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        if (n > Limits.MAX_ARRAY) {
            throw new IllegalArgumentException("concatenation of " + n + " bytes");
        }
        byte[] out = new byte[(int) n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * The bytes of an ASCII (or Latin-1) literal, such as a format's magic value: {@code ascii("fLaC")}.
     *
     * @param text the text
     * @return the bytes of an ASCII (or Latin-1) literal, such as a format's magic value: {@code ascii("fLaC")}
     */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether {@code data} starts with {@code prefix}.
     *
     * @param data the bytes
     * @param prefix the prefix
     * @return whether {@code data} starts with {@code prefix}
     */
    public static boolean startsWith(byte[] data, byte[] prefix) {
        return regionMatches(data, 0, prefix);
    }

    /**
     * Whether {@code data} holds {@code part} at {@code offset}.
     *
     * @param data the bytes
     * @param offset the offset in bytes
     * @param part the part
     * @return whether {@code data} holds {@code part} at {@code offset}
     */
    public static boolean regionMatches(byte[] data, int offset, byte[] part) {
        if (offset < 0 || part.length > data.length - offset) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (data[offset + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first index of {@code needle} in {@code data} at or after {@code from}, or -1 (Python's {@code find}).
     *
     * @param data the bytes
     * @param needle the bytes to look for
     * @param from the first index (inclusive)
     * @return the first index of {@code needle} in {@code data} at or after {@code from}, or -1 (Python's {@code find})
     */
    public static int indexOf(byte[] data, byte[] needle, int from) {
        return indexOf(data, needle, from, data.length);
    }

    /**
     * The first index of {@code needle} within {@code data[from, to)}, or -1.
     *
     * @param data the bytes
     * @param needle the bytes to look for
     * @param from the first index (inclusive)
     * @param to the last index (exclusive)
     * @return the first index of {@code needle} within {@code data[from, to)}, or -1
     */
    public static int indexOf(byte[] data, byte[] needle, int from, int to) {
        int last = Math.min(to, data.length) - needle.length;
        int i = Math.max(from, 0);
        if (needle.length == 0) {
            return i <= last ? i : -1;
        }
        byte first = needle[0];
        // Eight bytes per step: the candidates for the first byte come from one word (a zero-byte test on word ^
        // pattern), so a scan of a header or a tail costs a few instructions per word instead of per byte.
        long pattern = (first & 0xFFL) * LOW_BITS;
        for (; i + 7 <= last; i += 8) {
            long hits = bytesEqual((long) LONGS.get(data, i), pattern);
            while (hits != 0) {
                int k = i + (Long.numberOfTrailingZeros(hits) >>> 3);
                if (regionMatches(data, k, needle)) {
                    return k;
                }
                hits &= hits - 1;
            }
        }
        for (; i <= last; i++) {
            if (data[i] == first && regionMatches(data, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    // The low and high bit of each byte of a word; with LONGS, the word-at-a-time tests of this package (search,
    // ASCII, bytes reprs).
    static final long LOW_BITS = 0x0101010101010101L;
    static final long HIGH_BITS = 0x8080808080808080L;
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * The high bit set in each byte of {@code word} equal to {@code pattern}'s bytes (a byte repeated), at least in
     * the lowest such byte: exact as a yes/no and for the first match (a borrow needs a zero byte below it).
     */
    static long bytesEqual(long word, long pattern) {
        long x = word ^ pattern;
        return (x - LOW_BITS) & ~x & HIGH_BITS;
    }

    /** The position of the first byte above 0x7F in {@code data[from, to)}, or -1; eight bytes at a time. */
    static int firstNonAscii(byte[] data, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (((long) LONGS.get(data, i) & HIGH_BITS) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            if (data[i] < 0) {
                return i;
            }
        }
        return -1;
    }


    /**
     * Whether {@code needle} occurs anywhere in {@code data} (Python's {@code in}).
     *
     * @param data the bytes
     * @param needle the bytes to look for
     * @return whether {@code needle} occurs anywhere in {@code data} (Python's {@code in})
     */
    public static boolean contains(byte[] data, byte[] needle) {
        return indexOf(data, needle, 0) >= 0;
    }

    /**
     * The big-endian unsigned integer of the {@code n} bytes at {@code i} ({@code n <= 8}; 8 bytes may go negative).
     *
     * @param b the byte
     * @param i the index
     * @param n the number
     * @return the big-endian unsigned integer of the {@code n} bytes at {@code i} ({@code n <= 8}; 8 bytes may go
     *     negative)
     */
    public static long uintBE(byte[] b, int i, int n) {
        long v = 0;
        for (int k = i; k < i + n; k++) {
            v = (v << 8) | (b[k] & 0xFF);
        }
        return v;
    }

    /**
     * The unsigned 32-bit big-endian integer at {@code i}.
     *
     * @param b the byte
     * @param i the index
     * @return the unsigned 32-bit big-endian integer at {@code i}
     */
    public static long u32be(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    /**
     * The unsigned 32-bit little-endian integer at {@code i}.
     *
     * @param b the byte
     * @param i the index
     * @return the unsigned 32-bit little-endian integer at {@code i}
     */
    public static long u32le(byte[] b, int i) {
        return ((long) (b[i + 3] & 0xFF) << 24) | ((b[i + 2] & 0xFF) << 16) | ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
    }

    /**
     * Writes {@code v} as 16 bits big-endian at {@code i}.
     *
     * @param b the byte
     * @param i the index
     * @param v the value
     */
    public static void put16be(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    /**
     * Writes {@code v} as 24 bits big-endian at {@code i}.
     *
     * @param b the byte
     * @param i the index
     * @param v the value
     */
    public static void put24be(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 16);
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) v;
    }

    /**
     * Writes {@code v} as 32 bits big-endian at {@code i}.
     *
     * @param b the byte
     * @param i the index
     * @param v the value
     */
    public static void put32be(byte[] b, int i, long v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    /**
     * Writes {@code v} as 32 bits little-endian at {@code i}.
     *
     * @param b the byte
     * @param i the index
     * @param v the value
     */
    public static void put32le(byte[] b, int i, long v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
    }

    /**
     * Writes {@code v} as 64 bits big-endian at {@code i}.
     *
     * @param b the byte
     * @param i the index
     * @param v the value
     */
    public static void put64be(byte[] b, int i, long v) {
        put32be(b, i, v >>> 32);
        put32be(b, i + 4, v);
    }
}
