// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easyid3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import mutagen.MutagenError;
import mutagen.id3.CHAP;
import mutagen.id3.CTOC;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.ID3;
import mutagen.id3.ID3Error;
import mutagen.id3.ID3LoadOptions;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.RVA2;
import mutagen.id3.TDRC;
import mutagen.id3.TSO2;
import mutagen.id3.TXXX;
import mutagen.id3.TextFrame;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_easyid3.py::TEasyID3
class EasyID3Test {
    @TempDir
    Path tmp;
    Path filename;
    EasyID3 id3;
    ID3 realid3;

    @BeforeEach
    void setUp() {
        filename = TestFiles.tempCopy(TestFiles.corpus("emptyfile.mp3"), tmp);
        id3 = new EasyID3();
        realid3 = id3.id3();
    }

    private static ID3SaveOptions v(int version) {
        return ID3SaveOptions.defaults().withV2Version(version);
    }

    private static String text(Frame f) {
        return f.str();
    }

    @Test
    void testSizeAttr() {
        assertEquals(realid3.size(), id3.size());
    }

    @Test
    void testLoadFilename() throws Exception {
        id3.save(filename);
        id3.load(filename, ID3LoadOptions.defaults());
        assertEquals(filename, id3.filename());
        Path path = TestFiles.corpus("silence-44-s.mp3");
        assertEquals(path, new EasyID3(path).filename());
    }

    @Test
    void testTxxxLatinFirstThenNonLatin() throws Exception {
        id3.put("performer", List.of("foo"));
        id3.put("performer", List.of("\u0243"));
        id3.save(filename);
        assertEquals(List.of("\u0243"), new EasyID3(filename).getItem("performer"));
    }

    @Test
    void testRememberCtr() throws Exception {
        EasyID3FileType mp3 = new EasyID3FileType(TestFiles.corpus("emptyfile.mp3"));
        assertNull(mp3.tags());
        mp3.put("artist", List.of("testing"));
        assertTrue(mp3.tags() != null);
        assertEquals("Unknown format with ID3 tag (application/octet-stream)\nartist=testing", mp3.pprint());
        assertTrue(mp3.tags() instanceof EasyID3);
    }

    @Test
    void testSave23() throws Exception {
        id3.save(filename, v(3));
        assertEquals(List.of(2, 3, 0), new ID3(filename).version());
        id3.save(filename, v(4));
        assertEquals(List.of(2, 4, 0), new ID3(filename).version());
    }

    @Test
    void testSaveDateV23() throws Exception {
        id3.put("date", "2004");
        assertEquals("2004", text(realid3.getall("TDRC").get(0)));
        id3.save(filename, v(3));
        assertEquals("2004", text(realid3.getall("TDRC").get(0)));
        assertTrue(realid3.getall("TYER").isEmpty());
        ID3 n = new ID3(filename, ID3LoadOptions.defaults().withTranslate(false));
        assertEquals(List.of(2, 3, 0), n.version());
        assertEquals("2004", text(n.getall("TYER").get(0)));
    }

    @Test
    void testSaveV23ErrorRestore() {
        id3.put("date", "2004");
        assertThrows(MutagenError.class, () -> id3.save(tmp, v(3)));
        assertEquals(List.of("2004"), id3.get("date"));
    }

    @Test
    void testSaveV23RecurseRestore() throws Exception {
        CHAP chap = new CHAP();
        chap.set("sub_frames", List.of(new TDRC(Encoding.UTF16, "2006")));
        realid3.add(chap);
        CTOC ctoc = new CTOC();
        ctoc.set("sub_frames", List.of(new TDRC(Encoding.UTF16, "2006")));
        realid3.add(ctoc);
        id3.save(filename, v(3));
        for (String frameId : List.of("CHAP", "CTOC")) {
            Frame f = realid3.getall(frameId).get(0);
            mutagen.id3.ID3Tags subs = (mutagen.id3.ID3Tags) f.get("sub_frames");
            assertEquals("2006", text(subs.getall("TDRC").get(0)));
            ID3 n = new ID3(filename, ID3LoadOptions.defaults().withTranslate(false));
            assertEquals(List.of(2, 3, 0), n.version());
            mutagen.id3.ID3Tags nsubs = (mutagen.id3.ID3Tags) n.getall(frameId).get(0).get("sub_frames");
            assertTrue(nsubs.getall("TDRC").isEmpty());
            assertEquals("2006", text(nsubs.getall("TYER").get(0)));
        }
    }

    @Test
    void testDelete() throws Exception {
        id3.put("artist", "foobar");
        id3.save(filename);
        assertTrue(Files.size(filename) > 0);
        id3.delete(filename);
        assertEquals(0, Files.size(filename));
        assertTrue(id3.keys().isEmpty());
    }

    @Test
    void testPprint() {
        id3.put("artist", "baz");
        assertEquals("artist=baz", id3.pprint());
    }

    @Test
    void testIn() {
        assertFalse(id3.containsKey("foo"));
    }

    @Test
    void testEmptyFile() {
        assertThrows(ID3Error.class, () -> new EasyID3(TestFiles.corpus("emptyfile.mp3")));
    }

    @Test
    void testNonexistentFile() {
        assertThrows(MutagenError.class, () -> new EasyID3(TestFiles.corpusDir().resolve("does/not/exist")));
    }

    private List<String> writableKeys(boolean skipTrackId) {
        List<String> out = new ArrayList<>();
        for (String key : EasyID3.validKeys()) {
            if (key.equals("date") || key.equals("originaldate") || key.startsWith("replaygain_")) {
                continue;
            }
            if (skipTrackId && key.equals("musicbrainz_trackid")) {
                continue;
            }
            out.add(key);
        }
        return out;
    }

    @Test
    void testWriteSingle() throws Exception {
        List<String> keys = writableKeys(false);
        assertEquals(52, keys.size());
        for (String key : keys) {
            id3.put(key, "a test value");
            id3.save(filename);
            EasyID3 e = new EasyID3(filename);
            assertEquals(List.of("a test value"), e.getItem(key), key);
            assertEquals(List.of(key), e.keys(), key);

            id3.put(key, "a test value");
            id3.save(filename);
            e = new EasyID3(filename);
            assertEquals(List.of("a test value"), e.getItem(key), key);
            assertEquals(List.of(key), e.keys(), key);
            id3.delItem(key);
        }
    }

    @Test
    void testWriteDouble() throws Exception {
        for (String key : writableKeys(true)) {
            id3.put(key, List.of("a test", "value"));
            id3.save(filename);
            EasyID3 e = new EasyID3(filename);
            List<String> got = new ArrayList<>(e.get(key));
            got.sort(null);
            assertEquals(List.of("a test", "value"), got, key);
            assertEquals(List.of(key), e.keys());

            id3.put(key, List.of("a test", "value"));
            id3.save(filename);
            e = new EasyID3(filename);
            got = new ArrayList<>(e.get(key));
            got.sort(null);
            assertEquals(List.of("a test", "value"), got, key);
            assertEquals(List.of(key), e.keys());
            id3.delItem(key);
        }
    }

    @Test
    void testWriteDate() throws Exception {
        id3.put("date", "2004");
        id3.save(filename);
        assertEquals(List.of("2004"), new EasyID3(filename).getItem("date"));
        id3.put("date", "2004");
        id3.save(filename);
        assertEquals(List.of("2004"), new EasyID3(filename).getItem("date"));
    }

    @Test
    void testDateDelete() throws Exception {
        id3.put("date", "2004");
        assertEquals(List.of("2004"), id3.getItem("date"));
        id3.delItem("date");
        assertFalse(id3.keys().contains("date"));
    }

    @Test
    void testWriteDateDouble() throws Exception {
        id3.put("date", List.of("2004", "2005"));
        id3.save(filename);
        assertEquals(List.of("2004", "2005"), new EasyID3(filename).getItem("date"));
        id3.put("date", List.of("2004", "2005"));
        id3.save(filename);
        assertEquals(List.of("2004", "2005"), new EasyID3(filename).getItem("date"));
    }

    @Test
    void testWriteOriginalDate() throws Exception {
        id3.put("originaldate", "2004");
        id3.save(filename);
        assertEquals(List.of("2004"), new EasyID3(filename).getItem("originaldate"));
        id3.put("originaldate", "2004");
        id3.save(filename);
        assertEquals(List.of("2004"), new EasyID3(filename).getItem("originaldate"));
    }

    @Test
    void testOriginalDateDelete() throws Exception {
        id3.put("originaldate", "2004");
        assertEquals(List.of("2004"), id3.getItem("originaldate"));
        id3.delItem("originaldate");
        assertFalse(id3.keys().contains("originaldate"));
    }

    @Test
    void testWriteOriginalDateDouble() throws Exception {
        id3.put("originaldate", List.of("2004", "2005"));
        id3.save(filename);
        assertEquals(List.of("2004", "2005"), new EasyID3(filename).getItem("originaldate"));
    }

    @Test
    void testWriteInvalid() {
        assertThrows(EasyID3KeyError.class, () -> id3.getItem("notvalid"));
        assertThrows(EasyID3KeyError.class, () -> id3.delItem("notvalid"));
        assertThrows(EasyID3KeyError.class, () -> id3.setItem("notvalid", "tests"));
        assertThrows(IllegalArgumentException.class, () -> id3.put("notvalid", "tests"));
    }

    @Test
    void testPerfomer() throws Exception {
        id3.put("performer:coder", List.of("piman", "mu"));
        id3.save(filename);
        assertEquals(List.of("piman", "mu"), new EasyID3(filename).getItem("performer:coder"));
    }

    @Test
    void testNoPerformer() {
        assertFalse(id3.containsKey("performer:foo"));
    }

    @Test
    void testPerformerDelete() throws Exception {
        id3.put("performer:foo", "Joe");
        id3.put("performer:bar", "Joe");
        assertTrue(id3.containsKey("performer:foo"));
        assertTrue(id3.containsKey("performer:bar"));
        id3.delItem("performer:foo");
        assertFalse(id3.containsKey("performer:foo"));
        assertTrue(id3.containsKey("performer:bar"));
        id3.delItem("performer:bar");
        assertFalse(id3.containsKey("performer:bar"));
        assertFalse(realid3.containsKey("TMCL"));
    }

    @Test
    void testPerformerDeleteDne() {
        assertThrows(NoSuchElementException.class, () -> id3.delItem("performer:bar"));
        id3.put("performer:foo", "Joe");
        assertThrows(NoSuchElementException.class, () -> id3.delItem("performer:bar"));
    }

    @Test
    void testTxxxEmpty() {
        id3.put("asin", "");
        assertEquals(List.of(""), id3.get("asin"));
    }

    @Test
    void testTxxxSetGet() {
        assertFalse(id3.keys().contains("asin"));
        id3.put("asin", "Hello");
        assertTrue(id3.keys().contains("asin"));
        assertEquals(List.of("Hello"), id3.get("asin"));
        assertTrue(realid3.containsKey("TXXX:ASIN"));
    }

    @Test
    void testTxxxDelSetDel() throws Exception {
        assertFalse(id3.keys().contains("asin"));
        assertThrows(NoSuchElementException.class, () -> id3.delItem("asin"));
        id3.put("asin", "Hello");
        assertTrue(id3.keys().contains("asin"));
        assertEquals(List.of("Hello"), id3.get("asin"));
        id3.delItem("asin");
        assertFalse(id3.keys().contains("asin"));
        assertThrows(NoSuchElementException.class, () -> id3.delItem("asin"));
    }

    @Test
    void testTxxxSave() throws Exception {
        id3.put("asin", "Hello");
        id3.save(filename);
        assertEquals(List.of("Hello"), new EasyID3(filename).getItem("asin"));
    }

    @Test
    void testTxxxUnicode() {
        id3.put("asin", "He\u1234llo");
        assertEquals(List.of("He\u1234llo"), id3.get("asin"));
        assertEquals(Encoding.UTF8, ((TXXX) realid3.get("TXXX:ASIN")).encoding());
    }

    @Test
    void testBadTrackid() {
        assertThrows(IllegalArgumentException.class, () -> id3.put("musicbrainz_trackid", List.of("a", "b")));
        assertTrue(realid3.getall("RVA2").isEmpty());
    }

    @Test
    void testGainBadKey() {
        assertFalse(id3.containsKey("replaygain_foo_gain"));
        assertTrue(realid3.getall("RVA2").isEmpty());
    }

    @Test
    void testGainBadValue() {
        assertThrows(IllegalArgumentException.class, () -> id3.put("replaygain_foo_gain", List.of()));
        assertThrows(IllegalArgumentException.class, () -> id3.put("replaygain_foo_gain", List.of("foo")));
        assertThrows(IllegalArgumentException.class, () -> id3.put("replaygain_foo_gain", List.of("1", "2")));
        assertTrue(realid3.getall("RVA2").isEmpty());
    }

    @Test
    void testPeakBadKey() {
        assertFalse(id3.containsKey("replaygain_foo_peak"));
        assertTrue(realid3.getall("RVA2").isEmpty());
    }

    @Test
    void testPeakBadValue() {
        assertThrows(IllegalArgumentException.class, () -> id3.put("replaygain_foo_peak", List.of()));
        assertThrows(IllegalArgumentException.class, () -> id3.put("replaygain_foo_peak", List.of("foo")));
        assertThrows(IllegalArgumentException.class, () -> id3.put("replaygain_foo_peak", List.of("1", "1")));
        assertThrows(IllegalArgumentException.class, () -> id3.put("replaygain_foo_peak", List.of("3")));
        assertTrue(realid3.getall("RVA2").isEmpty());
    }

    @Test
    void testGainPeakGet() {
        id3.put("replaygain_foo_gain", "+3.5 dB");
        id3.put("replaygain_bar_peak", "0.5");
        assertEquals(List.of("+3.500000 dB"), id3.get("replaygain_foo_gain"));
        assertEquals(List.of("0.000000"), id3.get("replaygain_foo_peak"));
        assertEquals(List.of("+0.000000 dB"), id3.get("replaygain_bar_gain"));
        assertEquals(List.of("0.500000"), id3.get("replaygain_bar_peak"));
    }

    @Test
    void testGainPeakSet() throws Exception {
        id3.put("replaygain_foo_gain", "+3.5 dB");
        id3.put("replaygain_bar_peak", "0.5");
        id3.save(filename);
        EasyID3 e = new EasyID3(filename);
        assertEquals(List.of("+3.500000 dB"), e.get("replaygain_foo_gain"));
        assertEquals(List.of("0.000000"), e.get("replaygain_foo_peak"));
        assertEquals(List.of("+0.000000 dB"), e.get("replaygain_bar_gain"));
        assertEquals(List.of("0.500000"), e.get("replaygain_bar_peak"));
    }

    @Test
    void testGainPeakDelete() throws Exception {
        id3.put("replaygain_foo_gain", "+3.5 dB");
        id3.put("replaygain_bar_peak", "0.5");
        id3.delItem("replaygain_bar_gain");
        id3.delItem("replaygain_foo_peak");
        assertTrue(id3.keys().contains("replaygain_foo_gain"));
        assertTrue(id3.keys().contains("replaygain_bar_gain"));
        id3.delItem("replaygain_foo_gain");
        id3.delItem("replaygain_bar_peak");
        assertFalse(id3.keys().contains("replaygain_foo_gain"));
        assertFalse(id3.keys().contains("replaygain_bar_gain"));
        id3.delItem("replaygain_foo_gain");
        id3.delItem("replaygain_bar_peak");
        assertFalse(id3.keys().contains("replaygain_foo_gain"));
        assertFalse(id3.keys().contains("replaygain_bar_gain"));
    }

    @Test
    void testGainPeakCapitalization() {
        RVA2 frame = new RVA2("Foo", 0, 1.0, 1.0);
        assertTrue(realid3.keys().isEmpty());
        realid3.add(frame);
        assertTrue(id3.containsKey("replaygain_Foo_peak"));
        assertTrue(id3.keys().contains("replaygain_Foo_peak"));
        assertTrue(id3.containsKey("replaygain_Foo_gain"));
        assertTrue(id3.keys().contains("replaygain_Foo_gain"));
        id3.put("replaygain_Foo_gain", List.of("0.5"));
        id3.put("replaygain_Foo_peak", List.of("0.25"));
        List<Frame> frames = realid3.getall("RVA2");
        assertEquals(1, frames.size());
        assertEquals("Foo", ((RVA2) frames.get(0)).desc());
        assertEquals(0.5, ((RVA2) frames.get(0)).gain());
        assertEquals(0.25, ((RVA2) frames.get(0)).peak());
    }

    @Test
    void testCaseInsensitive() throws Exception {
        id3.put("date", List.of("2004"));
        assertEquals(List.of("2004"), id3.get("DATE"));
        id3.delItem("DaTe");
        assertEquals(0, id3.keys().size());
        id3.put("asin", List.of("foo"));
        assertEquals(List.of("foo"), id3.get("Asin"));
        id3.delItem("AsIn");
        assertEquals(0, id3.keys().size());
    }

    @Test
    void testGetFallback() throws Exception {
        List<Integer> called = new ArrayList<>();
        id3.setGetFallback((tags, key) -> {
            tags.getall("");
            assertEquals("nope", key);
            called.add(1);
            return List.of();
        });
        id3.getItem("nope");
        assertFalse(called.isEmpty());
    }

    @Test
    void testSetFallback() throws Exception {
        List<Integer> called = new ArrayList<>();
        id3.setSetFallback((tags, key, value) -> {
            tags.getall("");
            assertEquals("nope", key);
            assertEquals(List.of("foo"), value);
            called.add(1);
        });
        id3.put("nope", "foo");
        assertFalse(called.isEmpty());
    }

    @Test
    void testDelFallback() throws Exception {
        List<Integer> called = new ArrayList<>();
        id3.setDeleteFallback((tags, key) -> {
            tags.getall("");
            assertEquals("nope", key);
            called.add(1);
        });
        id3.delItem("nope");
        assertFalse(called.isEmpty());
    }

    @Test
    void testListFallback() {
        id3.setListFallback((tags, key) -> {
            tags.getall("");
            assertTrue(key.isEmpty());
            return List.of("somekey");
        });
        assertEquals(List.of("somekey"), id3.keys());
    }

    @Test
    void testTextTags() throws Exception {
        for (String tag : List.of("albumartist", "performer")) {
            id3.put(tag, "foo");
            id3.save(filename);
            assertEquals(List.of("foo"), new EasyID3(filename).getItem(tag));
        }
    }

    @Test
    void testAlbumartistsort() throws Exception {
        realid3.add(new TSO2(Encoding.UTF16, "someartist"));
        id3.save(filename);
        assertEquals(List.of("someartist"), new EasyID3(filename).getItem("albumartistsort"));
        id3.put("albumartistsort", List.of("otherartist"));
        assertEquals(List.of("otherartist"), ((TextFrame) realid3.get("TSO2")).text());
        id3.delItem("albumartistsort");
        assertEquals(0, id3.keys().size());
    }

    @Test
    void testAlbumartistsortFromTXXX() throws Exception {
        realid3.add(new TXXX(Encoding.UTF16, "ALBUMARTISTSORT", "someartist"));
        id3.save(filename);
        assertEquals(List.of("someartist"), new EasyID3(filename).getItem("albumartistsort"));
        id3.put("albumartistsort", List.of("otherartist"));
        assertEquals(List.of("otherartist"), ((TextFrame) realid3.get("TSO2")).text());
        id3.delItem("albumartistsort");
        assertEquals(0, id3.keys().size());
    }

    @Test
    void testAlbumartistsortWithBothFrames() throws Exception {
        realid3.add(new TSO2(Encoding.UTF16, "someartist"));
        realid3.add(new TXXX(Encoding.UTF16, "ALBUMARTISTSORT", "someotherartist"));
        id3.save(filename);
        assertEquals(List.of("someartist"), new EasyID3(filename).getItem("albumartistsort"));
        assertEquals(1, id3.keys().size());
        assertEquals(2, realid3.keys().size());
        id3.put("albumartistsort", List.of("otherartist"));
        assertEquals(List.of("otherartist"), ((TextFrame) realid3.get("TSO2")).text());
        id3.delItem("albumartistsort");
        assertEquals(0, id3.keys().size());
        assertEquals(0, realid3.keys().size());
        assertThrows(NoSuchElementException.class, () -> id3.delItem("albumartistsort"));
    }

    @Test
    void testKeyMapSize() {
        // mutagen registers 56 keys (29 text, 8 special, 19 TXXX).
        assertEquals(56, EasyID3.validKeys().size());
    }
}
