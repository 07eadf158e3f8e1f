// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import static mutagen.apev2.ApeTestSupport.BROKEN;
import static mutagen.apev2.ApeTestSupport.OLD;
import static mutagen.apev2.ApeTestSupport.SAMPLE;
import static mutagen.apev2.ApeTestSupport.size;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_apev2.py::TAPEWriter
class APEWriterTest {
    @TempDir
    Path dir;
    Path sampleNew;
    Path brokenNew;
    Path justTag;
    Path tagAtStart;
    APEv2 tag;
    final Map<String, String> values = new LinkedHashMap<>();

    /** Bytes after the tag (an ID3v1 tag in the subclass). */
    long offset() {
        return 0;
    }

    @BeforeEach
    void setUp() throws IOException {
        sampleNew = ApeTestSupport.copy(SAMPLE, dir);
        brokenNew = ApeTestSupport.copy(BROKEN, dir);
        APEv2 t = new APEv2();
        values.put("artist", "Joe Wreschnig\0unittest");
        values.put("album", "Mutagen tests");
        values.put("title", "Not really a song");
        values.forEach(t::put);
        t.save(sampleNew);
        justTag = ApeTestSupport.empty(dir, "just_tag");
        t.save(justTag);
        tagAtStart = ApeTestSupport.empty(dir, "tag_at_start");
        t.save(tagAtStart);
        ApeTestSupport.append(tagAtStart, "tag garbage".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        tag = new APEv2(sampleNew);
    }

    @Test
    void testChanged() throws IOException {
        long before = size(sampleNew);
        tag.save();
        assertEquals(before - offset(), size(sampleNew));
    }

    @Test
    void testFixBroken() throws IOException {
        assertNotEquals(size(OLD), size(BROKEN));
        new APEv2(BROKEN).save(brokenNew);
        assertEquals(size(OLD), size(brokenNew));
    }

    @Test
    void testReadback() {
        for (Map.Entry<String, APEValue> e : tag.items()) {
            assertEquals(values.get(e.getKey()), e.getValue().value());
        }
        assertEquals(3, tag.size());
    }

    @Test
    void testSize() {
        assertEquals(size(SAMPLE) + size(justTag), size(sampleNew));
    }

    @Test
    void testDelete() throws IOException {
        APEv2.deleteFrom(justTag);
        APEv2 t = new APEv2(sampleNew);
        t.delete(sampleNew);
        assertEquals(offset(), size(justTag));
        assertEquals(size(SAMPLE) + offset(), size(sampleNew));
        assertTrue(t.isEmpty());
    }

    @Test
    void testEmpty() {
        assertThrows(APEv2Error.class, () -> new APEv2(TestFiles.corpus("emptyfile.mp3")));
    }

    @Test
    void testTagAtStart() throws IOException {
        assertEquals("Mutagen tests", new APEv2(tagAtStart).get("album").value());
    }

    @Test
    void testTagAtStartWrite() throws IOException {
        new APEv2(tagAtStart).save();
        assertEquals("Mutagen tests", new APEv2(tagAtStart).get("album").value());
        assertEquals(size(justTag), size(tagAtStart) - "tag garbage".length() * 1000);
    }

    @Test
    void testTagAtStartDelete() throws IOException {
        new APEv2(tagAtStart).delete(tagAtStart);
        assertThrows(APEv2Error.class, () -> new APEv2(tagAtStart));
        assertEquals("tag garbage".length() * 1000, size(tagAtStart));
    }

    @Test
    void testCasePreservation() throws IOException {
        APEv2.deleteFrom(justTag);
        APEv2 t = new APEv2(sampleNew);
        t.put("FoObaR", "Quux");
        t.save();
        t = new APEv2(sampleNew);
        assertTrue(t.keys().contains("FoObaR"));
        assertFalse(t.keys().contains("foobar"));
    }

    @Test
    void testUnicodeKey() throws IOException {
        APEv2 t = new APEv2(sampleNew);
        t.put("abc", "\u00f6\u00e4\u00fc");
        t.put("cba", "abc");
        t.save();
        assertEquals("\u00f6\u00e4\u00fc", new APEv2(sampleNew).get("abc").value());
    }

    @Test
    void testSaveSortIsDeterministic() throws IOException {
        APEv2 t = new APEv2(sampleNew);
        t.put("cba", "my cba value");
        t.put("abc", "my abc value");
        t.save();
        String content = new String(Files.readAllBytes(sampleNew), StandardCharsets.ISO_8859_1);
        assertTrue(content.indexOf("abc") < content.indexOf("cba"));
    }
}
