// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static mutagen.id3.ID3Test.pad;
import static mutagen.id3.T.b;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/**
 * Not from mutagen's suite: the v1 merge on load (typed frames, added straight into the tag) gives what mutagen's
 * loop gives: the frames of {@code ParseID3v1} built by field name, each added when {@code getall(HashKey)} is empty.
 */
class ID3v1MergeTest {
    private static final String FULL = "TAG" + pad("title", 30) + pad("artist", 30) + pad("album", 30) + "2004"
            + pad("comment", 28) + "\0\3\1";

    /** mutagen's loop over the frames parsed with the classes given by name (the generic, validating path). */
    private static ID3Tags reference(ID3Tags v2, byte[] data, int v2Version) throws IOException {
        ID3Tags out = copy(v2);
        ID3v1.Found found = ID3v1.find(FileSource.of(data, "v1"), v2Version, Frames.v23());
        for (Frame f : found.frames().values()) {
            if (out.getall(f.hashKey()).isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static ID3Tags merged(ID3Tags v2, byte[] data, int v2Version) throws IOException {
        ID3Tags out = copy(v2);
        assertTrue(ID3v1.merge(FileSource.of(data, "v1"), v2Version, out));
        return out;
    }

    private static ID3Tags copy(ID3Tags tags) {
        ID3Tags out = new ID3Tags();
        for (Map.Entry<String, Frame> e : tags.items()) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static void assertSameMerge(ID3Tags v2, String tag) throws IOException {
        for (int v : new int[] {3, 4}) {
            ID3Tags want = reference(v2, b(tag), v);
            ID3Tags got = merged(v2, b(tag), v);
            assertEquals(want.keys(), got.keys(), "v2." + v);
            for (String key : want.keys()) {
                Frame w = want.get(key);
                Frame g = got.get(key);
                assertEquals(w, g, key);
                assertEquals(w.getClass(), g.getClass(), key);
                assertEquals(w.pprint(), g.pprint(), key);
            }
        }
    }

    @Test
    void intoAnEmptyTagEveryFrameIsAddedInMutagensOrder() throws IOException {
        ID3Tags got = merged(new ID3Tags(), b(FULL), 4);
        assertEquals(List.of("TIT2", "TPE1", "TALB", "TDRC", "COMM:ID3v1 Comment:eng", "TRCK", "TCON"), got.keys());
        assertEquals("TRCK=3", got.get("TRCK").pprint());
        assertEquals("COMM=ID3v1 Comment=eng=comment", got.get("COMM:ID3v1 Comment:eng").pprint());
        assertSameMerge(new ID3Tags(), FULL);
    }

    @Test
    void framesTheV2TagHasAreKept() throws IOException {
        ID3Tags v2 = new ID3Tags();
        v2.add(new TIT2(Encoding.UTF8, "v2 title"));
        v2.add(new TCON(Encoding.UTF8, "Rock"));
        v2.add(new TYER(Encoding.UTF8, "1999"));
        ID3Tags got = merged(v2, b(FULL), 4);
        assertEquals("TIT2=v2 title", got.get("TIT2").pprint());
        assertEquals("TCON=Rock", got.get("TCON").pprint());
        assertEquals("TDRC=2004", got.get("TDRC").pprint());
        assertFalse(merged(v2, b(FULL), 3).containsKey("TDRC"));
        assertSameMerge(v2, FULL);
    }

    @Test
    void aKeyOfTheKindBelowTheV1KeyCountsAsTheFrame() throws IOException {
        // getall("COMM:ID3v1 Comment:eng") also matches "COMM:ID3v1 Comment:eng:..." (a desc holding ":eng").
        ID3Tags v2 = new ID3Tags();
        COMM comm = new COMM();
        comm.set("encoding", 0).set("lang", "deu").set("desc", "ID3v1 Comment:eng").set("text", "x");
        v2.add(comm);
        assertEquals("COMM:ID3v1 Comment:eng:deu", comm.hashKey());
        ID3Tags got = merged(v2, b(FULL), 4);
        assertEquals(1, got.getall("COMM").size());
        assertSameMerge(v2, FULL);
        // Another comment of the kind does not keep the v1 one out.
        ID3Tags other = new ID3Tags();
        other.add(new COMM(Encoding.UTF8, "eng", "", "y"));
        assertEquals(2, merged(other, b(FULL), 4).getall("COMM").size());
        assertSameMerge(other, FULL);
    }

    @Test
    void aYearWithCommasIsSplitAsTheFieldSplitsText() throws IOException {
        String tag = "TAG" + pad("t", 30) + pad("", 30) + pad("", 30) + "1,23" + pad("", 30) + "\377";
        ID3Tags got = merged(new ID3Tags(), b(tag), 4);
        assertEquals(List.of("TIT2", "TDRC"), got.keys());
        assertEquals(2, ((TDRC) got.get("TDRC")).stamps().size());
        assertEquals("0001,0023", got.get("TDRC").str());
        assertEquals(List.of("1,23"), ((TYER) merged(new ID3Tags(), b(tag), 3).get("TYER")).text());
        assertSameMerge(new ID3Tags(), tag);
    }

    @Test
    void emptyFieldsGiveNoFrameAndAnEmptyTagStillCounts() throws IOException {
        String tag = "TAG" + "\0".repeat(30) + pad("", 30) + " ".repeat(30) + "\0\0\0\0" + "\0".repeat(30) + "\377";
        ID3Tags got = new ID3Tags();
        assertTrue(ID3v1.merge(FileSource.of(b(tag), "v1"), 4, got));
        assertTrue(got.isEmpty());
        assertSameMerge(new ID3Tags(), tag);
        // Short tags (a 0 to 3 byte year) as mutagen reads them; no "TAG" or an APEv2 footer: no tag.
        for (int cut = 1; cut <= 4; cut++) {
            String shorter = FULL.substring(0, 93) + "2004".substring(cut) + FULL.substring(97);
            assertSameMerge(new ID3Tags(), shorter);
        }
        assertFalse(ID3v1.merge(FileSource.of(b("no tag here"), "x"), 4, new ID3Tags()));
        assertFalse(ID3v1.merge(FileSource.of(b("xxAPETAGEX" + "\0".repeat(24)), "x"), 4, new ID3Tags()));
    }

    @Test
    void theLoadMergesAsBefore() throws IOException {
        // Through ID3's load: a v2.3 tag (translated to v2.4 after the merge) with a v1 tag behind it.
        ID3 v2 = new ID3();
        v2.add(new TIT2(Encoding.UTF8, "v2 title"));
        v2.add(new TCON(Encoding.UTF8, "(17)"));
        byte[] head = v2.prepareData(FileSource.of(new byte[0], "x"), 0, 0, ID3SaveOptions.defaults());
        byte[] file = new byte[head.length + 128];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(b(FULL), 0, file, head.length, 128);
        ID3 id3 = new ID3(FileSource.of(file, "f.mp3"), ID3LoadOptions.defaults());
        assertEquals(List.of("TIT2", "TCON", "TPE1", "TALB", "TDRC", "COMM:ID3v1 Comment:eng", "TRCK"), id3.keys());
        assertEquals("TIT2=v2 title", id3.get("TIT2").pprint());
        assertEquals(List.of("Rock"), ((TCON) id3.get("TCON")).text());
        List<String> lines = new ArrayList<>();
        for (Frame f : id3.values()) {
            lines.add(f.pprint());
        }
        assertEquals(List.of("TIT2=v2 title", "TCON=Rock", "TPE1=artist", "TALB=album", "TDRC=2004",
                "COMM=ID3v1 Comment=eng=comment", "TRCK=3"), lines);
    }
}
