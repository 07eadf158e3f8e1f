// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Comments whose keys are in the table of frequent keys read as any other: same keys, same lookups. */
class VorbisKeysTest {
    private static VCommentDict comment(String... entries) throws VorbisError {
        VCommentDict in = new VCommentDict();
        for (String e : entries) {
            int eq = e.indexOf('=');
            in.append(e.substring(0, eq), e.substring(eq + 1));
        }
        return new VCommentDict(in.write());
    }

    /** The folded hash the parser computes of a key's bytes. */
    private static int hash(byte[] data, int from, int len) {
        return Words.hash(data, from, len);
    }

    @Test
    void knownKeysKeepTheirCaseAndAreShared() throws VorbisError {
        VCommentDict c = comment("TITLE=a", "title=b", "TiTlE=c", "ALBUM ARTIST=d", "UNKNOWNKEY=e");
        assertEquals(List.of("TITLE", "title", "TiTlE", "ALBUM ARTIST", "UNKNOWNKEY"),
                c.entries().stream().map(e -> e.getKey()).toList());
        assertEquals(List.of("a", "b", "c"), c.get("Title"));
        assertEquals(List.of("d"), c.get("album artist"));
        assertEquals(List.of("title", "album artist", "unknownkey"), c.keys());
        // A known key read twice is the same string (no string per comment).
        assertSame(comment("ARTIST=x").entries().get(0).getKey(), comment("ARTIST=y").entries().get(0).getKey());
    }

    @Test
    void repeatedKeysShareTheirStringsWithinAComment() throws VorbisError {
        VCommentDict c = comment("MULTI_1=a", "Multi_1=b", "MULTI_1=c", "multi_1=d", "OTHER=e");
        List<String> keys = c.entries().stream().map(e -> e.getKey()).toList();
        assertEquals(List.of("MULTI_1", "Multi_1", "MULTI_1", "multi_1", "OTHER"), keys);
        assertSame(keys.get(0), keys.get(2));
        assertSame(c.keys().get(0), keys.get(3));
        assertEquals(List.of("a", "b", "c", "d"), c.get("multi_1"));
        assertEquals(List.of("multi_1", "other"), c.keys());
    }

    @Test
    void matchTellsExactSpellingsFromFoldedOnes() {
        byte[] data = "xxREPLAYGAIN_TRACK_GAINyy".getBytes(StandardCharsets.US_ASCII);
        KeyIndex table = VorbisKeys.TABLE;
        int m = table.match(data, 2, 21, hash(data, 2, 21));
        assertEquals(1, m & 1);
        assertEquals("REPLAYGAIN_TRACK_GAIN", table.spelling(m >> 1));
        assertEquals("replaygain_track_gain", table.lower(m >> 1));
        assertEquals(-1, table.match(data, 2, 20, hash(data, 2, 20)));
        byte[] title = "Title".getBytes(StandardCharsets.US_ASCII);
        int t = table.match(title, 0, 5, hash(title, 0, 5));
        assertEquals(0, t & 1);
        assertEquals("title", table.lower(t >> 1));
        assertEquals(t >> 1, table.find("title"));
        assertEquals(-1, table.match(new byte[40], 0, 40, hash(new byte[40], 0, 40)));
    }

    /**
     * The table compares a key's bytes with its spellings kept as bytes; an index of the same names without them
     * (strings compared a char at a time) answers every lookup alike: each name upper-case, lower-case, in mixed
     * case, with one byte changed to a near letter or a byte above 0x7F, cut or made longer, at offsets that leave
     * the array's end within a word of the key's end.
     */
    @Test
    void tableLookupsAgreeWithAnIndexWithoutSpellingBytes() {
        KeyIndex table = VorbisKeys.TABLE;
        KeyIndex plain = new KeyIndex(table.keyCount());
        for (int k = 0; k < table.keyCount(); k++) {
            plain.add(table.lower(k), table.spelling(k));
        }
        Random random = new Random(12);
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < table.keyCount(); k++) {
            String upper = table.spelling(k);
            keys.add(upper);
            keys.add(upper.toLowerCase(Locale.ROOT));
            char[] mixed = upper.toCharArray();
            for (int i = 0; i < mixed.length; i += 2) {
                mixed[i] = Character.toLowerCase(mixed[i]);
            }
            keys.add(new String(mixed));
            keys.add(upper.substring(1));
            keys.add(upper + "S");
        }
        int checked = 0;
        for (String key : keys) {
            byte[] bytes = key.getBytes(StandardCharsets.ISO_8859_1);
            for (int change = -1; change < bytes.length; change++) {
                for (int b : new int[] {'@', '[', '`', '{', 0xC1, 0xE1}) {
                    byte[] variant = bytes.clone();
                    if (change >= 0) {
                        variant[change] = (byte) (change % 2 == 0 ? b : variant[change] + 1);
                    }
                    for (int pad = 0; pad < 10; pad++) {
                        int from = random.nextInt(3);
                        byte[] data = new byte[from + variant.length + pad];
                        Arrays.fill(data, (byte) 'E');
                        System.arraycopy(variant, 0, data, from, variant.length);
                        int len = variant.length;
                        int h = hash(data, from, len);
                        int m = table.match(data, from, len, h);
                        int p = plain.match(data, from, len, h);
                        assertEquals(p, m, () -> new String(data, StandardCharsets.ISO_8859_1));
                        checked++;
                    }
                    if (change < 0) {
                        break;
                    }
                }
            }
        }
        assertTrue(checked > 100_000, "inputs checked: " + checked);
    }

    /** Two byte ranges compared a word at a time as they are compared a byte at a time, folded or not. */
    @Test
    void sameBytesAgreesWithAByteAtATimeComparison() {
        Random random = new Random(34);
        byte[] alphabet = "aAzZ@[`{_ 09=".getBytes(StandardCharsets.ISO_8859_1);
        for (int n = 0; n < 300_000; n++) {
            int len = 1 + random.nextInt(30);
            byte[] a = new byte[len + 8 + random.nextInt(3)];
            int i = random.nextInt(a.length - len - 8 + 1);
            byte[] b = new byte[len + random.nextInt(10)];
            int j = random.nextInt(b.length - len + 1);
            for (int k = 0; k < len; k++) {
                byte x = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
                a[i + k] = x;
                // Mostly the same byte, its other case, or any byte.
                int r = random.nextInt(40);
                b[j + k] = r == 0 ? (byte) random.nextInt(256) : r < 10 ? swapCase(x) : x;
            }
            boolean same = true;
            boolean folded = true;
            for (int k = 0; k < len; k++) {
                same &= a[i + k] == b[j + k];
                folded &= fold(a[i + k]) == fold(b[j + k]);
            }
            assertEquals(same, Words.sameBytes(a, i, b, j, len, false));
            assertEquals(folded, Words.sameBytes(a, i, b, j, len, true));
        }
    }

    private static byte swapCase(byte b) {
        return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' ? (byte) (b ^ 0x20) : b;
    }

    private static int fold(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b;
    }
}
