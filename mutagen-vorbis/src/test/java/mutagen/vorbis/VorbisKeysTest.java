// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
        return KeyIndex.hash(data, from, len);
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
}
