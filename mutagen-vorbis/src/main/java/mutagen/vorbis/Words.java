// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A comment's bytes read eight at a time, as one little-endian word: the hash of a key, a key's scan for its
 * {@code =} and byte classes, comparisons of keys. Each has a test
 * against the same done a byte at a time.
 *
 * <p>Thread-safe: stateless.
 */
final class Words {
    /** The hash's multiplier: odd, drawn once per run. */
    private static final long MULTIPLIER = new java.util.Random().nextLong() | 1;
    /** Eight bytes of an array as one little-endian word. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private Words() {
    }

    /** The hash of a lower-cased key: its characters' low bytes, eight to a little-endian word, mixed in. */
    static int hash(String lower) {
        int n = lower.length();
        long h = n;
        for (int i = 0; i < n; i += 8) {
            long word = 0;
            for (int k = Math.min(n, i + 8) - 1; k >= i; k--) {
                word = (word << 8) | (lower.charAt(k) & 0xFF);
            }
            h = mix(h, word);
        }
        return finish(h);
    }

    /**
     * The {@link #hash(String)} of the lower-cased ASCII bytes {@code data[from, from + len)}, read eight at a time
     * (a multiply per word, not per byte in one dependency chain: 19 keys took 316-500 ns that way, now ~100 ns).
     */
    static int hash(byte[] data, int from, int len) {
        long h = len;
        int i = from;
        int to = from + len;
        for (; i + 8 <= to; i += 8) {
            h = mix(h, lower((long) LONGS.get(data, i)));
        }
        if (i < to) {
            long word;
            if (i + 8 <= data.length) {
                // The last word read whole and cut to the key's bytes (the array goes on after them).
                word = (long) LONGS.get(data, i) & (-1L >>> (8 * (8 - (to - i))));
            } else {
                word = 0;
                for (int k = to - 1; k >= i; k--) {
                    word = (word << 8) | (data[k] & 0xFF);
                }
            }
            h = mix(h, lower(word));
        }
        return finish(h);
    }

    /** The hash {@code h} of the words before, with one more word. */
    private static long mix(long h, long word) {
        return (Long.rotateLeft(h, 29) ^ word) * MULTIPLIER;
    }

    /** Every bit of the state into the 32 kept (murmur3's finaliser): keys that differ in one byte spread apart. */
    private static int finish(long h) {
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return (int) (h ^ (h >>> 33));
    }

    /** The eight ASCII bytes of a word with A-Z lower-cased (bytes with the high bit set are left alone). */
    static long lower(long word) {
        long low7 = word & 0x7F7F7F7F7F7F7F7FL;
        // In each byte, the high bit of low7 + 0x3F is set from 'A' (0x41) up, that of low7 + 0x25 above 'Z' (0x5A).
        long upper = (low7 + 0x3F3F3F3F3F3F3F3FL) & ~(low7 + 0x2525252525252525L) & ~word & 0x8080808080808080L;
        return word | (upper >>> 2);
    }

    /**
     * Whether {@code a[i, i + len)} and {@code b[j, j + len)} are the same bytes, or (with {@code fold}) the same
     * with A-Z lower-cased; eight at a time. {@code a} has 8 bytes to spare after the range.
     */
    static boolean sameBytes(byte[] a, int i, byte[] b, int j, int len, boolean fold) {
        int k = 0;
        for (; k + 8 <= len; k += 8) {
            long x = (long) LONGS.get(a, i + k);
            long y = (long) LONGS.get(b, j + k);
            if (fold ? lower(x) != lower(y) : x != y) {
                return false;
            }
        }
        if (k == len) {
            return true;
        }
        long mask = -1L >>> (8 * (8 - (len - k)));
        long x = (long) LONGS.get(a, i + k) & mask;
        long y;
        if (j + k + 8 <= b.length) {
            y = (long) LONGS.get(b, j + k) & mask;
        } else {
            y = 0;
            for (int n = len - 1; n >= k; n--) {
                y = (y << 8) | (b[j + n] & 0xFF);
            }
        }
        return fold ? lower(x) == lower(y) : x == y;
    }

    /** {@link #scanKey}'s flags, above the position of the {@code =}. */
    static final long NON_ASCII = 1L << 32;
    static final long INVALID = 1L << 33;
    static final long UPPER = 1L << 34;

    /**
     * Finds the first {@code =} of {@code data[from, to)} ({@code to} when there is none) and what the bytes before
     * it hold: a byte above 0x7F ({@link #NON_ASCII}), an ASCII byte outside 0x20-0x7D ({@link #INVALID}), A-Z
     * ({@link #UPPER}); the same answer as {@link #scanKeyPlain}, eight bytes at a time (per byte, the key scan was
     * the largest part of reading a short entry).
     */
    static long scanKey(byte[] data, int from, int to) {
        long flags = 0;
        int at = from;
        while (at < to) {
            int left = to - at;
            long within = -1L;
            long w;
            if (left >= 8) {
                w = (long) LONGS.get(data, at);
            } else if (at + 8 <= data.length) {
                // The last bytes read as a whole word, cut to the entry's (the array goes on after it).
                within = -1L >>> (8 * (8 - left));
                w = (long) LONGS.get(data, at) & within;
            } else {
                return flags | scanKeyPlain(data, at, to);
            }
            long x = w ^ 0x3D3D3D3D3D3D3D3DL;
            // The high bit of the lowest '=' byte (bits above it may be set wrongly; they are not used).
            long eqBits = (x - ONES) & ~x & HIGHS;
            long before = (eqBits == 0 ? -1L : (eqBits & -eqBits) - 1) & within & HIGHS;
            long low7 = w & ~HIGHS;
            long ascii = ~w & before;
            if ((w & before) != 0) {
                flags |= NON_ASCII;
            }
            // Per ASCII byte: below 0x20 (adding 0x60 leaves the high bit clear), above 0x7D (adding 2 sets it).
            if (((~(low7 + 0x6060606060606060L) | (low7 + 0x0202020202020202L)) & ascii) != 0) {
                flags |= INVALID;
            }
            // From 'A' up (adding 0x3F sets the high bit) and not above 'Z' (adding 0x25 leaves it clear).
            if (((low7 + 0x3F3F3F3F3F3F3F3FL) & ~(low7 + 0x2525252525252525L) & ascii) != 0) {
                flags |= UPPER;
            }
            if (eqBits != 0) {
                return flags | (at + (Long.numberOfTrailingZeros(eqBits) >>> 3));
            }
            at += Math.min(8, left);
        }
        return flags | to;
    }

    /** {@link #scanKey} a byte at a time. */
    static long scanKeyPlain(byte[] data, int from, int to) {
        long flags = 0;
        int eq = from;
        for (; eq < to; eq++) {
            byte b = data[eq];
            if (b == '=') {
                break;
            } else if (b < 0) {
                flags |= NON_ASCII;
            } else if (b < ' ' || b > '}') {
                flags |= INVALID;
            } else if (b >= 'A' && b <= 'Z') {
                flags |= UPPER;
            }
        }
        return flags | eq;
    }
}
