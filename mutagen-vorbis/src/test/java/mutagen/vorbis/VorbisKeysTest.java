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
    void findMatchesOnlyTheExactBytes() {
        byte[] data = "xxREPLAYGAIN_TRACK_GAINyy".getBytes(StandardCharsets.US_ASCII);
        int k = VorbisKeys.find(data, 2, 21);
        assertEquals("REPLAYGAIN_TRACK_GAIN", VorbisKeys.key(21, k));
        assertEquals("replaygain_track_gain", VorbisKeys.lower(21, k));
        assertEquals(-1, VorbisKeys.find(data, 2, 20));
        assertEquals(-1, VorbisKeys.find("Title".getBytes(StandardCharsets.US_ASCII), 0, 5));
        assertEquals(-1, VorbisKeys.find(new byte[40], 0, 40));
    }
}
