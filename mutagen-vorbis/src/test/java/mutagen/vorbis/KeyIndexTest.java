// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The index of a comment's keys: every key found, in small (searched in order) and large (hashed) indexes. */
class KeyIndexTest {
    private static int hash(byte[] data) {
        int h = 0;
        for (byte b : data) {
            h = KeyIndex.mix(h, KeyIndex.fold(b));
        }
        return h;
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
