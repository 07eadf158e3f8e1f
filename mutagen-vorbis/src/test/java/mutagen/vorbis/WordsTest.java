// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time key scan of an entry gives the byte-at-a-time scan's answer on every input. */
class WordsTest {
    /** Bytes at the edges of each class the scan tells apart, and a few ordinary ones. */
    private static final int[] EDGES = {'=', 0x00, 0x1F, 0x20, 0x21, 0x3C, 0x3E, 0x40, 'A', 'B', 'Y', 'Z', 0x5B, 0x60,
        'a', 'z', 0x7C, 0x7D, 0x7E, 0x7F, 0x80, 0xBC, 0xBD, 0xC3, 0xFF, 0x01, 0x3D ^ 0x80};

    private static void check(byte[] data, int from, int to) {
        long plain = Words.scanKeyPlain(data, from, to);
        assertEquals(plain, Words.scanKey(data, from, to),
                () -> "scan of [" + from + ", " + to + ") in " + Arrays.toString(data));
    }

    /** One byte of every value at every position of a key of ordinary letters, up to three words long. */
    @Test
    void everyByteAtEveryPosition() {
        for (int len = 1; len <= 24; len++) {
            for (int pos = 0; pos < len; pos++) {
                for (int b = 0; b < 256; b++) {
                    byte[] key = new byte[len + 16];
                    Arrays.fill(key, (byte) 'k');
                    key[pos] = (byte) b;
                    // The entry ends at len: the bytes after it (here also an '=' and an upper-case letter) are
                    // not the entry's. With and without room for a whole word after the entry's end.
                    key[len] = '=';
                    key[len + 1] = 'Q';
                    check(key, 0, len);
                    check(Arrays.copyOf(key, len), 0, len);
                    check(key, 0, len + 2);
                }
            }
        }
    }

    /** Random entries drawn from the edge bytes, anywhere in an array (ends near the array's end included). */
    @Test
    void randomEntries() {
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            byte[] data = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : EDGES[random.nextInt(EDGES.length)]);
            }
            int from = random.nextInt(data.length);
            int to = from + random.nextInt(data.length - from + 1);
            check(data, from, to);
        }
    }
}
