// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import java.io.ByteArrayOutputStream;
import mutagen.util.Bytes;

/**
 * ID3 unsynchronisation: a {@code 00} is inserted after every {@code FF} that is followed by {@code 00}, a byte
 * {@code >= E0} or the end of the data.
 *
 * <p>Mirrors mutagen's {@code mutagen.id3._util.unsynch}.
 */
final class Unsynch {
    private static final byte[] FF = {(byte) 0xFF};

    private Unsynch() {
    }

    /**
     * Undoes unsynchronisation.
     *
     * @throws IllegalArgumentException when the data ends with {@code FF} or an {@code FF} is followed by a byte
     *     {@code >= E0} (not valid unsynchronised data)
     */
    static byte[] decode(byte[] value) {
        byte[] r = decodeOrNull(value, 0, value.length);
        if (r == null) {
            throw new IllegalArgumentException("invalid sync-safe string");
        }
        return r == value ? value.clone() : r;
    }

    /**
     * Undoes the unsynchronisation of {@code data[from, to)}: {@code data} itself when there is no {@code FF 00} to
     * undo (read it in place), else a new array of the decoded bytes; {@code null} for invalid data.
     */
    static byte[] decodeOrNull(byte[] data, int from, int to) {
        return decodeOrNull(data, from, to, null);
    }

    /**
     * {@link #decodeOrNull(byte[], int, int)}, the decoded bytes written at the start of {@code into}'s array when it
     * is given (their number in {@link FrameBody.Scratch#length}), else into a new array of their size.
     */
    static byte[] decodeOrNull(byte[] data, int from, int to, FrameBody.Scratch into) {
        if (to > from && data[to - 1] == (byte) 0xFF) {
            return null;
        }
        // One pass, eight bytes per step: a word without an FF (most of them) costs a few instructions, and the FFs
        // a word has are judged where they are found. The first 00s to drop are noted on the way (a bounded number:
        // a hostile tag may be all FF 00), so the copy need not search.
        int[] noted = null;
        int drops = 0;
        int i = from;
        for (; i <= to - 8; i += 8) {
            long inverted = ~(long) WORDS.get(data, i);
            // The high bit of each zero byte of the inverted word (an FF of the data), and maybe of bytes above one.
            long hits = (inverted - LOW_BITS) & ~inverted & HIGH_BITS;
            if (hits == 0) {
                continue;
            }
            for (int k = i + (Long.numberOfTrailingZeros(hits) >>> 3); k < i + 8; k++) {
                if (data[k] == (byte) 0xFF) {
                    int next = data[k + 1] & 0xFF; // k + 1 < to: the last byte is no FF
                    if (next >= 0xE0) {
                        // FF followed by FF is an empty fragment in mutagen's split: invalid as well.
                        return null;
                    }
                    if (next == 0 && drops++ < NOTED) {
                        noted = noted == null ? new int[NOTED] : noted;
                        noted[drops - 1] = k + 1;
                    }
                }
            }
        }
        for (; i < to; i++) {
            if (data[i] == (byte) 0xFF) {
                int next = data[i + 1] & 0xFF;
                if (next >= 0xE0) {
                    return null;
                }
                if (next == 0 && drops++ < NOTED) {
                    noted = noted == null ? new int[NOTED] : noted;
                    noted[drops - 1] = i + 1;
                }
            }
        }
        if (drops == 0) {
            return data;
        }
        byte[] out = into == null ? new byte[to - from - drops] : into.array(to - from - drops);
        int o = 0;
        int start = from;
        for (int k = 0; k < drops; k++) {
            int drop = noted[Math.min(k, NOTED - 1)];
            if (k >= NOTED) {
                // Past the noted ones: the next FF 00 after the last 00 dropped.
                drop = start;
                while (data[drop - 1] != (byte) 0xFF || data[drop] != 0) {
                    drop = Bytes.indexOf(data, FF, drop, to) + 1;
                }
            }
            System.arraycopy(data, start, out, o, drop - start);
            o += drop - start;
            start = drop + 1;
        }
        System.arraycopy(data, start, out, o, to - start);
        return out;
    }

    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final java.lang.invoke.VarHandle WORDS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private static final int NOTED = 16;

    /** Applies unsynchronisation. */
    static byte[] encode(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 16);
        int n = value.length;
        for (int i = 0; i < n; i++) {
            int b = value[i] & 0xFF;
            out.write(b);
            if (b == 0xFF && (i + 1 >= n || value[i + 1] == 0 || (value[i + 1] & 0xFF) >= 0xE0)) {
                out.write(0);
            }
        }
        return out.toByteArray();
    }
}
