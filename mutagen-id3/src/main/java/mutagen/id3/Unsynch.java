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
        if (to > from && data[to - 1] == (byte) 0xFF) {
            return null;
        }
        // The FFs are found eight bytes per step: most frames have none, and then nothing is copied. The first 00s to
        // drop are noted on the way (a bounded number: a hostile tag may be all FF 00), so the copy need not search.
        int[] noted = null;
        int drops = 0;
        for (int i = Bytes.indexOf(data, FF, from, to); i >= 0; i = Bytes.indexOf(data, FF, i + 1, to)) {
            int next = data[i + 1] & 0xFF;
            if (next >= 0xE0) {
                // FF followed by FF is an empty fragment in mutagen's split: invalid as well.
                return null;
            }
            if (next == 0 && drops++ < NOTED) {
                noted = noted == null ? new int[NOTED] : noted;
                noted[drops - 1] = i + 1;
            }
        }
        if (drops == 0) {
            return data;
        }
        byte[] out = new byte[to - from - drops];
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
