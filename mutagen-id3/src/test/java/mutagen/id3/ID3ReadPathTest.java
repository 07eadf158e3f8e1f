// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcuts of the read path keep mutagen's results: unsynchronisation, getall after edits, fresh defaults. */
class ID3ReadPathTest {

    /** mutagen's {@code unsynch.decode} written plainly: split on FF, each later part must not start >= E0, drop a 00. */
    private static byte[] reference(byte[] data, int from, int to) {
        if (to > from && data[to - 1] == (byte) 0xFF) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < to; i++) {
            out.write(data[i]);
            if (data[i] == (byte) 0xFF) {
                int next = data[i + 1] & 0xFF;
                if (next >= 0xE0) {
                    return null;
                }
                if (next == 0) {
                    i++;
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void unsynchronisationMatchesThePlainDecoderOnRandomData() {
        Random rnd = new Random(16);
        byte[] alphabet = {(byte) 0xFF, 0, (byte) 0xE0, (byte) 0xDF, 1, (byte) 0xFE};
        int decoded = 0;
        int manyDrops = 0;
        for (int t = 0; t < 20_000; t++) {
            byte[] data = new byte[rnd.nextInt(t % 2 == 0 ? 40 : 400)];
            for (int i = 0; i < data.length; i++) {
                data[i] = rnd.nextInt(3) == 0 ? (byte) rnd.nextInt(256) : alphabet[rnd.nextInt(alphabet.length)];
                // Mostly valid data: an FF before E0-FF becomes FF 00 (what unsynchronising writes).
                if (t % 4 != 0 && i > 0 && data[i - 1] == (byte) 0xFF && (data[i] & 0xFF) >= 0xE0) {
                    data[i] = 0;
                }
            }
            int from = data.length == 0 ? 0 : rnd.nextInt(data.length + 1);
            int to = from + rnd.nextInt(data.length - from + 1);
            byte[] expected = reference(data, from, to);
            byte[] actual = Unsynch.decodeOrNull(data, from, to);
            if (expected == null) {
                assertNull(actual);
                continue;
            }
            decoded++;
            manyDrops += to - from - expected.length > 16 ? 1 : 0;
            if (actual == data) {
                // Nothing to undo: the caller reads the range in place.
                assertEquals(to - from, expected.length);
                actual = java.util.Arrays.copyOfRange(data, from, to);
            }
            assertArrayEquals(expected, actual);
        }
        // Both paths of the decoder ran: ranges it copied, and ranges with more 00s to drop than it notes ahead.
        assertTrue(decoded > 5_000 && manyDrops > 20, decoded + " decoded, " + manyDrops + " with many drops");
    }

    @Test
    void getallFindsKindsStoredSinceTheLastClear() {
        ID3Tags tags = new ID3Tags();
        assertEquals(List.of(), tags.getall("TXXX"));
        TXXX a = new TXXX(Encoding.UTF8, "a", "1");
        tags.add(a);
        tags.put("COMM:x:eng", new COMM(Encoding.UTF8, "eng", "x", "c"));
        assertEquals(List.of(a), tags.getall("TXXX"));
        assertEquals(1, tags.getall("COMM:x").size());
        assertEquals(List.of(), tags.getall("COMM:y"));
        tags.delall("TXXX");
        assertEquals(List.of(), tags.getall("TXXX"));
        tags.setall("TXXX", List.of(new TXXX(Encoding.UTF8, "b", "2")));
        assertEquals(1, tags.getall("TXXX").size());
        tags.clear();
        assertEquals(List.of(), tags.getall("COMM"));
        tags.put("TXXX:c", new TXXX(Encoding.UTF8, "c", "3"));
        assertEquals(1, tags.getall("TXXX").size());
        // A key without a colon is its own kind; a kind of other length shares no bit by construction alone.
        tags.put("TIT", new TIT2(Encoding.UTF8, "t"));
        assertEquals(1, tags.getall("TIT").size());
        assertEquals(List.of(), tags.getall("TIT2"));
    }

    @Test
    void aFrameMadeEmptyGetsItsOwnDefaultsOnFirstUse() {
        // The first frame of the class runs the default once; later ones leave it to first use.
        new TXXX();
        TXXX one = new TXXX();
        TXXX two = new TXXX();
        assertEquals(one, two);
        assertEquals(one.hashCode(), two.hashCode());
        assertEquals(two.toString(), one.toString());
        assertTrue(one.toString().endsWith("desc='', text=[])"), one.toString());
        one.text().add("x");
        assertEquals(List.of("x"), one.text());
        assertEquals(List.of(), two.text());
        assertNotSame(one.text(), two.text());
        PRIV p = new PRIV();
        PRIV q = new PRIV();
        assertEquals(0, p.data().length);
        assertEquals(p, q);
        TXXX copy = (TXXX) two.copy();
        copy.text().add("y");
        assertEquals(List.of(), two.text());
        assertSame(two.text(), two.text());
    }
}
