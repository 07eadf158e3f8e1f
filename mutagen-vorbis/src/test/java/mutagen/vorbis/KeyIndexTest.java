// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The index of a comment's keys: every key found, in small (searched in order) and large (hashed) indexes. */
class KeyIndexTest {
    private static int hash(byte[] data) {
        return Words.hash(data, 0, data.length);
    }

    /** Each byte of a word: A-Z lower-cased, every other value (non-ASCII too) left as it is, in every lane. */
    @Test
    void lowerFoldsEachByteOfAWord() {
        for (int b = 0; b < 256; b++) {
            long expected = b >= 'A' && b <= 'Z' ? b + 32 : b;
            for (int lane = 0; lane < 8; lane++) {
                // The other lanes hold an upper-case letter, a byte with the high bit set, or a zero.
                long fill = lane % 3 == 0 ? 'Q' : lane % 3 == 1 ? 0xC1 : 0;
                long word = 0;
                long want = 0;
                for (int i = 0; i < 8; i++) {
                    long v = i == lane ? b : fill;
                    long w = i == lane ? expected : fill == 'Q' ? 'q' : fill;
                    word |= v << (8 * i);
                    want |= w << (8 * i);
                }
                assertEquals(want, Words.lower(word), "byte " + b + " in lane " + lane);
            }
        }
    }

    /**
     * The hash of a key's bytes (read eight at a time, the last word whole when the array goes on, else byte by
     * byte) equals the hash of its lower-cased string, wherever the key lies in the array.
     */
    @Test
    void bytesHashAsTheirLowerCasedString() {
        Random random = new Random(16);
        for (int round = 0; round < 2000; round++) {
            int len = 1 + random.nextInt(40);
            byte[] key = new byte[len];
            for (int i = 0; i < len; i++) {
                key[i] = (byte) (0x20 + random.nextInt(0x5E));
            }
            String lower = new String(key, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
            int before = random.nextInt(3);
            int after = random.nextInt(10);
            byte[] data = new byte[before + len + after];
            random.nextBytes(data);
            System.arraycopy(key, 0, data, before, len);
            assertEquals(Words.hash(lower), Words.hash(data, before, len), lower);
        }
    }

    @Test
    void smallAndLargeIndexesFindEveryKey() {
        for (int n : new int[] {1, 8, 9, 300}) {
            KeyIndex index = new KeyIndex(n);
            for (int i = 0; i < n; i++) {
                assertEquals(i, index.add("key_" + i, "KEY_" + i));
                index.addPosition(i, 2 * i);
                index.addPosition(i, 2 * i + 1);
            }
            for (int i = 0; i < n; i++) {
                byte[] spelt = ("KEY_" + i).getBytes(StandardCharsets.US_ASCII);
                assertEquals(2 * i + 1, index.match(spelt, 0, spelt.length, hash(spelt)));
                assertEquals(i, index.find("key_" + i));
                assertEquals(2, index.count(i));
                assertEquals(2 * i + 1, index.next(index.first(i)));
            }
            assertEquals(-1, index.find("key_" + n));
        }
    }

    /**
     * 65,536 keys with one {@link String#hashCode()} ("b!" and "a@" hash alike, and so does any string of them): a
     * table on that hash would take quadratic time to fill (minutes); the seeded hash reads them at once.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void keysOfOneStringHashReadInLinearTime() throws VorbisError {
        VCommentDict in = new VCommentDict();
        int n = 1 << 16;
        for (int i = 0; i < n; i++) {
            StringBuilder key = new StringBuilder();
            for (int bit = 15; bit >= 0; bit--) {
                key.append((i >> bit & 1) == 0 ? "b!" : "a@");
            }
            in.append(key.toString(), "v" + i);
        }
        assertEquals(in.entries().get(0).getKey().hashCode(), in.entries().get(n - 1).getKey().hashCode());
        VCommentDict read = new VCommentDict(in.write());
        assertEquals(n, read.keys().size());
        assertEquals(List.of("v" + (n - 1)), read.get(in.entries().get(n - 1).getKey()));
    }
}
