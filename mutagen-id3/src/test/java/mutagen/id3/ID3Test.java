// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static mutagen.id3.T.b;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import mutagen.util.BitPaddedInt;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_id3.py
class ID3Test {
    static final Path EMPTY = TestFiles.corpus("emptyfile.mp3");
    static final Path SILENCE = TestFiles.corpus("silence-44-s.mp3");
    static final Path SILENCE_V1 = TestFiles.corpus("silence-44-s-v1.mp3");
    static final Path UNSYNCH = TestFiles.corpus("id3v23_unsynch.id3");
    static final Path EXTENDED_HEADER = TestFiles.corpus("id3v24_extended_header.id3");
    static final Path V22 = TestFiles.corpus("id3v22-test.mp3");
    static final Path BAD_TYER = TestFiles.corpus("bad-TYER-frame.mp3");
    static final Path V1V2_COMBINED = TestFiles.corpus("id3v1v2-combined.mp3");

    static ID3LoadOptions opts() {
        return ID3LoadOptions.defaults();
    }

    static String text(ID3 id3, String key) {
        return id3.get(key).str();
    }

    static List<String> texts(Frame f) {
        return ((TextFrame) f).text();
    }

    static ID3Header header(byte[] data) throws IOException {
        return ID3Header.read(FileSource.of(data, ""));
    }

    @Test
    void testId3ModuleExportsAllFrames() {
        for (Map.Entry<String, Supplier<? extends Frame>> e : Frames.v23().entrySet()) {
            assertEquals(e.getKey(), e.getValue().get().getClass().getSimpleName());
        }
        for (Map.Entry<String, Supplier<? extends Frame>> e : Frames.v22().entrySet()) {
            assertEquals(e.getKey(), e.getValue().get().getClass().getSimpleName());
        }
    }

    @Nested
    // Port of tests/test_id3.py::TID3Read
    class TID3Read {
        @TempDir
        Path tmp;

        @Test
        void testPICIn23() throws Exception {
            Path filename = tmp.resolve("x.mp3");
            // Python's implicit literal concatenation binds before "* 100": the whole chunk repeats.
            Files.write(filename, T.repeat("ID3\3\0\0\0\0\u0008\0PIC\0\0\0\0\u000b\0\0\0JPG\0\3foo\0\u0042\0", 100));
            ID3 id3 = new ID3(filename);
            assertEquals(List.of(2, 3, 0), id3.version());
            assertFalse(id3.getall("APIC").isEmpty());
            APIC frame = (APIC) id3.getall("APIC").get(0);
            assertEquals("image/jpeg", frame.mime());
            assertArrayEquals(b("\u0042"), frame.data());
            assertEquals(3, frame.type().value());
            assertEquals("foo", frame.desc());
        }

        @Test
        void testCommRoundtrip() throws Exception {
            ID3 audio = new ID3(SILENCE);
            Path filename = tmp.resolve("e.mp3");
            audio.add(new COMM(Encoding.LATIN1, "XXX", "FOO::quux", "bar"));
            assertEquals(1, audio.getall("COMM").size());
            audio.save(filename, ID3SaveOptions.defaults().withV1(2));
            ID3 n = new ID3(filename);
            assertEquals("FOO::quux", ((COMM) n.getall("COMM").get(0)).desc());
            assertEquals(1, n.getall("COMM").size());
        }

        @Test
        void testBadTyer() throws Exception {
            ID3 audio = new ID3(BAD_TYER);
            assertFalse(audio.containsKey("TYER"));
            assertTrue(audio.containsKey("TIT2"));
        }

        @Test
        void testHandleTyerFullDate() {
            ID3 id3 = new ID3();
            id3.setVersion(List.of(2, 3));
            id3.add(new TYER(Encoding.LATIN1, "2022-02-14"));
            id3.updateToV24();
            assertEquals("2022-02-14", text(id3, "TDRC"));
        }

        @Test
        void testHandleTyerFullDateWithTdat() {
            ID3 id3 = new ID3();
            id3.add(new TYER(Encoding.LATIN1, "2022-02-14"));
            id3.add(new TDAT(Encoding.LATIN1, "0504"));
            id3.updateToV24();
            assertEquals("2022-04-05", text(id3, "TDRC"));
        }

        @Test
        void testTdrc() {
            ID3 tags = new ID3();
            tags.add(new TDRC(Encoding.UTF16, "2003-04-05 12:03"));
            tags.updateToV23();
            assertEquals(List.of("2003"), texts(tags.get("TYER")));
            assertEquals(List.of("0504"), texts(tags.get("TDAT")));
            assertEquals(List.of("1203"), texts(tags.get("TIME")));
        }

        @Test
        void testTdor() {
            ID3 tags = new ID3();
            tags.add(new TDOR(Encoding.UTF16, "2003-04-05 12:03"));
            tags.updateToV23();
            assertEquals(List.of("2003"), texts(tags.get("TORY")));
        }

        @Test
        void testGenreFromV241() {
            ID3 tags = new ID3();
            tags.add(new TCON(Encoding.UTF16, List.of("4", "Rock")));
            tags.updateToV23();
            assertEquals(List.of("Disco", "Rock"), texts(tags.get("TCON")));
        }

        @Test
        void testGenreFromV242() {
            ID3 tags = new ID3();
            tags.add(new TCON(Encoding.UTF16, List.of("RX", "3", "CR")));
            tags.updateToV23();
            assertEquals(List.of("Remix", "Dance", "Cover"), texts(tags.get("TCON")));
        }

        @Test
        void testGenreFromV231() {
            ID3 tags = new ID3();
            tags.add(new TCON(Encoding.UTF16, List.of("(4)Rock")));
            tags.updateToV23();
            assertEquals(List.of("Disco", "Rock"), texts(tags.get("TCON")));
        }

        @Test
        void testGenreFromV232() {
            ID3 tags = new ID3();
            tags.add(new TCON(Encoding.UTF16, List.of("(RX)(3)(CR)")));
            tags.updateToV23();
            assertEquals(List.of("Remix", "Dance", "Cover"), texts(tags.get("TCON")));
        }

        @Test
        void testIplsToV23() {
            ID3 tags = new ID3();
            tags.add(new TIPL(Encoding.LATIN1, List.of(List.of("a", "b"), List.of("c", "d"))));
            tags.add(new TMCL(Encoding.LATIN1, List.of(List.of("e", "f"), List.of("g", "h"))));
            tags.updateToV23();
            assertEquals(List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h")),
                    ((IPLS) tags.get("IPLS")).people());
        }

        @Test
        void testTags() throws Exception {
            ID3 tags = new ID3(V22);
            assertEquals(List.of("3/11"), texts(tags.get("TRCK")));
            assertEquals(List.of("Anais Mitchell"), texts(tags.get("TPE1")));
        }

        @Test
        void testLoadV1() throws Exception {
            ID3 tags = new ID3(SILENCE_V1);
            assertEquals("Quod Libet Test Data", text(tags, "TALB"));
            assertThrows(ID3NoHeaderError.class, () -> new ID3(SILENCE_V1, opts().withLoadV1(false)));
        }

        @Test
        void testLoadV1V2() throws Exception {
            ID3 tags = new ID3(V1V2_COMBINED);
            assertEquals(List.of("Anais Mitchell"), texts(tags.get("TPE1")));
            assertEquals(List.of("Hymns for the Exiled"), texts(tags.get("TALB")));
            tags = new ID3(V1V2_COMBINED, opts().withLoadV1(false));
            assertEquals(List.of("Anais Mitchell"), texts(tags.get("TPE1")));
            assertNull(tags.get("TALB"));
        }

        @Test
        void testLoadV1V2NoTranslate() throws Exception {
            ID3 tags = new ID3(V1V2_COMBINED, opts().withV2Version(4).withTranslate(false));
            assertEquals(List.of(2, 4, 0), tags.version());
            assertEquals("1337", ((TDRC) tags.get("TDRC")).stamps().get(0).toString());
            tags = new ID3(V1V2_COMBINED, opts().withV2Version(3).withTranslate(false));
            assertEquals(List.of(2, 4, 0), tags.version());
            assertEquals("1337", ((TDRC) tags.get("TDRC")).stamps().get(0).toString());
        }

        @Test
        void testLoadV1V2TconTranslate() throws Exception {
            ID3Tags t = new ID3Tags();
            t.add(new TCON(Encoding.UTF16, "12"));
            byte[] v1 = ID3v1.make(t);
            Path filename = TestFiles.tempCopy(EMPTY, tmp);
            new ID3().save(filename, ID3SaveOptions.defaults().withV1(0));
            Files.write(filename, v1, java.nio.file.StandardOpenOption.APPEND);
            ID3 tags = new ID3(filename, opts().withLoadV1(true));
            assertEquals("Other", texts(tags.get("TCON")).get(0));
            tags = new ID3(filename, opts().withLoadV1(false));
            assertFalse(tags.containsKey("TCON"));
        }

        @Test
        void testLoadV1V2Precedence() throws Exception {
            ID3 tags = new ID3(V1V2_COMBINED);
            assertEquals(List.of("3/11"), texts(tags.get("TRCK")));
            assertEquals("1337", ((TDRC) tags.get("TDRC")).stamps().get(0).text());
            assertNull(tags.get("TYER"));
            tags = new ID3(V1V2_COMBINED, opts().withV2Version(3));
            assertEquals("2004", texts(tags.get("TYER")).get(0));
            assertNull(tags.get("TDRC"));
        }

        @Test
        void testLoadV1Comment() throws Exception {
            ID3 tags = new ID3(V1V2_COMBINED);
            List<String> comments = new ArrayList<>();
            for (Frame f : tags.getall("COMM")) {
                comments.add(f.str());
            }
            assertTrue(comments.contains("Waterbug Records, www.anaismitchell.com"));
            assertTrue(comments.contains("v1 comment"));
        }

        @Test
        void testLoadV1KnownFramesOverride() throws Exception {
            Map<String, Supplier<? extends Frame>> frames = new HashMap<>(Frames.v23());
            frames.put("COMM", MyCOMM::new);
            ID3 tags = new ID3(V1V2_COMBINED, opts().withKnownFrames(frames));
            List<Frame> comments = tags.getall("COMM");
            assertFalse(comments.isEmpty());
            for (Frame c : comments) {
                assertTrue(c instanceof MyCOMM);
            }
        }

        @Test
        void testEmptyFile() {
            assertThrows(ID3Error.class, () -> new ID3(EMPTY));
        }

        @Test
        void testNonexistentFile() {
            assertThrows(MutagenError.class, () -> new ID3(TestFiles.corpusDir().resolve("does/not/exist")));
        }

        @Test
        void testReadPadding() throws Exception {
            assertEquals(1142, new ID3(SILENCE).padding());
            assertEquals(0, new ID3(UNSYNCH).padding());
        }

        @Test
        void testLoadV23Unsynch() throws Exception {
            assertEquals(List.of("Nina Simone"), texts(new ID3(UNSYNCH).get("TPE1")));
        }

        @Test
        void testV24ExtendedHeader() throws Exception {
            assertEquals(List.of("One Second of Silence"), texts(new ID3(EXTENDED_HEADER).get("TIT2")));
        }

        @Test
        void testBadExtendedHeaderFlags() throws Exception {
            ID3 id3 = new ID3(TestFiles.corpus("issue_21.id3"));
            assertFalse(id3.fExtended());
            assertTrue(id3.containsKey("TIT2"));
            assertTrue(id3.containsKey("TALB"));
            assertEquals(List.of("Punk To Funk"), texts(id3.get("TIT2")));
        }

        @Test
        void testNoKnownFrames() throws Exception {
            ID3 id3 = new ID3(SILENCE, opts().withKnownFrames(Map.of()));
            assertEquals(0, id3.keys().size());
            assertEquals(9, id3.unknownFrames().size());
        }

        @Test
        void testUnknownReset() throws Exception {
            ID3 id3 = new ID3(SILENCE, opts().withKnownFrames(Map.of()));
            assertEquals(9, id3.unknownFrames().size());
            id3.load(SILENCE, opts().withKnownFrames(Map.of()));
            assertEquals(9, id3.unknownFrames().size());
        }

        @Test
        void testChapSubframes() {
            ID3 id3 = new ID3();
            id3.add(new CHAP("foo", 0, 0, 0, 0, List.of(new TYER(Encoding.LATIN1, "2006"))));
            id3.updateToV24();
            CHAP chap = (CHAP) id3.getall("CHAP:foo").get(0);
            assertEquals("2006", chap.subFrames().getall("TDRC").get(0).str());
            assertTrue(chap.subFrames().getall("TYER").isEmpty());
            id3.updateToV23();
            assertEquals("2006", chap.subFrames().getall("TYER").get(0).str());
        }

        @Test
        void testCtocSubframes() {
            ID3 id3 = new ID3();
            CTOC c = new CTOC();
            c.set("sub_frames", List.of(new TYER(Encoding.LATIN1, "2006")));
            id3.add(c);
            id3.updateToV24();
            CTOC ctoc = (CTOC) id3.getall("CTOC").get(0);
            assertEquals("2006", ctoc.subFrames().getall("TDRC").get(0).str());
            assertTrue(ctoc.subFrames().getall("TYER").isEmpty());
            id3.updateToV23();
            assertEquals("2006", ctoc.subFrames().getall("TYER").get(0).str());
        }

        @Test
        void testPic() {
            ID3 id3 = new ID3();
            PIC pic = new PIC();
            pic.set("encoding", 0).set("mime", "PNG").set("desc", "cover").set("type", 3).set("data", b(""));
            id3.add(pic);
            id3.updateToV24();
            assertEquals("image/png", ((APIC) id3.get("APIC:cover")).mime());
        }

        @Test
        void testLnk() {
            ID3 id3 = new ID3();
            LNK lnk = new LNK();
            lnk.set("frameid", "PIC").set("url", "http://foo.bar");
            id3.add(lnk);
            id3.updateToV24();
            assertFalse(id3.getall("LINK").isEmpty());
        }

        @Test
        void testTyer() {
            ID3 id3 = new ID3();
            id3.add(new TYER(Encoding.LATIN1, "2006"));
            id3.updateToV24();
            assertEquals("2006", text(id3, "TDRC"));
        }

        @Test
        void testTyerTdat() {
            ID3 id3 = new ID3();
            id3.add(new TYER(Encoding.LATIN1, "2006"));
            id3.add(new TDAT(Encoding.LATIN1, "0603"));
            id3.updateToV24();
            assertEquals("2006-03-06", text(id3, "TDRC"));
        }

        @Test
        void testTyerTdatTime() {
            ID3 id3 = new ID3();
            id3.add(new TYER(Encoding.LATIN1, "2006"));
            id3.add(new TDAT(Encoding.LATIN1, "0603"));
            id3.add(new TIME(Encoding.LATIN1, "1127"));
            id3.updateToV24();
            assertEquals("2006-03-06 11:27:00", text(id3, "TDRC"));
        }

        @Test
        void testMultipleTyerTdatTime() {
            ID3 id3 = new ID3();
            id3.add(new TYER(Encoding.UTF16, List.of("2000", "2001", "2002", "19xx", "foo")));
            id3.add(new TDAT(Encoding.UTF16, List.of("0102", "0304", "1111bar")));
            id3.add(new TIME(Encoding.UTF16, List.of("1220", "1111quux", "1111")));
            id3.updateToV24();
            assertEquals(List.of("2000-02-01 12:20:00", "2001-04-03", "2002"), texts(id3.get("TDRC")));
        }

        @Test
        void testTory() {
            ID3 id3 = new ID3();
            id3.add(new TORY(Encoding.LATIN1, "2006"));
            id3.updateToV24();
            assertEquals("2006", text(id3, "TDOR"));
        }

        @Test
        void testIpls() {
            ID3 id3 = new ID3();
            id3.add(new IPLS(Encoding.LATIN1, List.of(List.of("a", "b"), List.of("c", "d"))));
            id3.updateToV24();
            assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), ((TIPL) id3.get("TIPL")).people());
        }

        @Test
        void testTimeDropped() {
            ID3 id3 = new ID3();
            id3.add(new TIME(Encoding.LATIN1, List.of("1155")));
            id3.updateToV24();
            assertTrue(id3.getall("TIME").isEmpty());
        }

        @Test
        void testRvadDropped() {
            ID3 id3 = new ID3();
            id3.add(new RVAD());
            id3.updateToV24();
            assertTrue(id3.getall("RVAD").isEmpty());
        }
    }

    /** A COMM subclass that keeps the COMM frame ID (test_load_v1_known_frames_override). */
    public static class MyCOMM extends COMM {
        /** Creates the frame. */
        public MyCOMM() {
        }

        @Override
        public String frameId() {
            return "COMM";
        }
    }

    @Nested
    // Port of tests/test_id3.py::TID3Header
    class TID3Header {
        @Test
        void testHeaderEmpty() {
            assertThrows(ID3Error.class, () -> ID3Header.read(FileSource.open(EMPTY)));
        }

        @Test
        void testHeaderSilence() throws Exception {
            ID3Header h = ID3Header.read(FileSource.open(SILENCE));
            assertEquals(List.of(2, 3, 0), h.version());
            assertEquals(1314, h.size);
        }

        @Test
        void testHeader24InvalidFlags() {
            assertThrows(ID3Error.class, () -> header(b("ID3\4\0\u001f\0\0\0\0")));
        }

        @Test
        void testHeader24UnsynchSize() {
            assertThrows(ID3Error.class, () -> header(b("ID3\4\0\u0010\0\0\0\u00ff")));
        }

        @Test
        void testHeader24AllowFooter() throws Exception {
            assertTrue(header(b("ID3\4\0\u0010\0\0\0\0")).fFooter());
        }

        @Test
        void testHeader23InvalidFlags() {
            assertThrows(ID3Error.class, () -> header(b("ID3\3\0\u001f\0\0\0\0")));
            assertThrows(ID3Error.class, () -> header(b("ID3\3\0\u000f\0\0\0\0")));
        }

        @Test
        void testHeader22() throws Exception {
            assertEquals(List.of(2, 2, 0), header(b("ID3\2\0\0\0\0\0\0")).version());
        }

        @Test
        void testHeader21() {
            assertThrows(ID3UnsupportedVersionError.class, () -> header(b("ID3\1\0\0\0\0\0\0")));
        }

        @Test
        void testHeaderTooSmall() {
            assertThrows(ID3Error.class, () -> header(b("ID3\1\0\0\0\0\0")));
        }

        @Test
        void testHeader24Extended() throws Exception {
            assertEquals(1, header(b("ID3\4\0\u0040\0\0\0\0\0\0\0\5\u005a")).extSize);
        }

        @Test
        void testHeader24ExtendedUnsynchSize() {
            assertThrows(ID3Error.class, () -> header(b("ID3\4\0\u0040\0\0\0\0\0\0\0\u00ff\u005a")));
        }

        @Test
        void testHeader24ExtendedButNot() throws Exception {
            ID3Header h = header(b("ID3\4\0\u0040\0\0\0\0TIT1\0\0\0\1a"));
            assertEquals(0, h.extSize);
            assertFalse(h.fExtended());
        }

        @Test
        void testHeader24ExtendedButNotButNotTag() {
            assertThrows(ID3Error.class, () -> header(b("ID3\4\0\u0040\0\0\0\0TIT9")));
        }

        @Test
        void testHeader23Extended() throws Exception {
            assertEquals(6, header(b("ID3\3\0\u0040\0\0\0\0\0\0\0\6\0\0\u0056\u0078\u009a\u00bc")).extSize);
        }

        @Test
        void testNegativeHeaderSize() {
            assertThrows(ID3Error.class, () -> header(b("ID3\4B@\0\0\0\0\0\0\0\0")));
        }

        @Test
        void test23() throws Exception {
            ID3 id3 = new ID3(SILENCE);
            assertEquals(List.of(2, 3, 0), id3.version());
            assertEquals(8, id3.keys().size());
            assertEquals(0, id3.unknownFrames().size());
            assertEquals("Quod Libet Test Data", text(id3, "TALB"));
            assertEquals("Silence", text(id3, "TCON"));
            assertEquals("Silence", text(id3, "TIT1"));
            assertEquals("Silence", text(id3, "TIT2"));
            assertEquals(3000, ((TLEN) id3.get("TLEN")).pos());
            assertEquals(List.of("piman", "jzig"), texts(id3.get("TPE1")));
            assertEquals("02/10", text(id3, "TRCK"));
            assertEquals(2, ((TRCK) id3.get("TRCK")).pos());
            assertEquals("2004", text(id3, "TDRC"));
        }
    }

    @Nested
    // Port of tests/test_id3.py::TID3Tags
    class TID3Tags {
        List<Frame> frames;
        ID3Tags i;

        @BeforeEach
        void setUp() {
            frames = List.of(new TIT2(Encoding.UTF16, "1"), new TIT2(Encoding.UTF16, "2"),
                    new TIT2(Encoding.UTF16, "3"), new TIT2(Encoding.UTF16, "4"));
            i = new ID3Tags();
            i.put("BLAH", frames.get(0));
            i.put("QUUX", frames.get(1));
            i.put("FOOB:ar", frames.get(2));
            i.put("FOOB:az", frames.get(3));
        }

        @Test
        void testApicDuplicateHash() {
            ID3Tags id3 = new ID3Tags();
            for (int n = 0; n < 10; n++) {
                id3.addFrame(new APIC(Encoding.LATIN1, "b", PictureType.of(3), "", b("a")), false);
            }
            assertEquals(10, id3.size());
            for (Map.Entry<String, Frame> e : id3.items()) {
                assertEquals(e.getKey(), e.getValue().hashKey());
            }
        }

        @Test
        void testTextDuplicateFrameDifferentEncoding() {
            ID3Tags id3 = new ID3Tags();
            id3.addFrame(new TPE2(Encoding.LATIN1, List.of("foo")), false);
            assertEquals(Encoding.LATIN1, ((TPE2) id3.getall("TPE2").get(0)).encoding());
            id3.addFrame(new TPE2(Encoding.LATIN1, List.of("bar")), false);
            assertEquals(Encoding.LATIN1, ((TPE2) id3.getall("TPE2").get(0)).encoding());
            id3.addFrame(new TPE2(Encoding.UTF8, List.of("baz\u0400")), false);
            assertEquals(Encoding.UTF8, ((TPE2) id3.getall("TPE2").get(0)).encoding());
            assertEquals(1, id3.getall("TPE2").size());
            assertEquals(3, texts(id3.getall("TPE2").get(0)).size());
        }

        @Test
        void testAddCRM() {
            assertThrows(IllegalArgumentException.class, () -> new ID3Tags().add(new CRM()));
        }

        @Test
        void testReadIgnoreCRM() throws Exception {
            ID3Tags tags = new ID3Tags();
            CRM crm = new CRM();
            crm.set("owner", "foo").set("desc", "bar").set("data", b("bla"));
            byte[] framedata = crm.writeData();
            byte[] datasize = BitPaddedInt.encode(framedata.length, 8, true, 3, 4);
            tags.readFrames(new ID3Header(2), T.cat(b("CRM"), datasize, framedata));
            assertEquals(0, tags.size());
        }

        @Test
        void testUpdateV22Add() {
            ID3Tags id3 = new ID3Tags();
            TT1 tt1 = new TT1(Encoding.LATIN1, "whatcha staring at?");
            id3.loadedFrame(tt1);
            TIT1 tit1 = (TIT1) id3.get("TIT1");
            assertEquals(tt1.encoding(), tit1.encoding());
            assertEquals(tt1.text(), tit1.text());
            assertFalse(id3.containsKey("TT1"));
        }

        @Test
        void testGetnormal() {
            assertEquals(List.of(frames.get(0)), i.getall("BLAH"));
            assertEquals(List.of(frames.get(1)), i.getall("QUUX"));
            assertEquals(List.of(frames.get(2)), i.getall("FOOB:ar"));
            assertEquals(List.of(frames.get(3)), i.getall("FOOB:az"));
        }

        @Test
        void testGetlist() {
            assertEquals(List.of(frames.get(2), frames.get(3)), i.getall("FOOB"));
        }

        @Test
        void testDelnormal() {
            assertTrue(i.containsKey("BLAH"));
            i.delall("BLAH");
            assertFalse(i.containsKey("BLAH"));
        }

        @Test
        void testDelone() {
            i.delall("FOOB:ar");
            assertEquals(List.of(frames.get(3)), i.getall("FOOB"));
        }

        @Test
        void testDelall() {
            assertTrue(i.containsKey("FOOB:ar"));
            assertTrue(i.containsKey("FOOB:az"));
            i.delall("FOOB");
            assertFalse(i.containsKey("FOOB:ar"));
            assertFalse(i.containsKey("FOOB:az"));
        }

        private TIT2 keyed(String key) {
            return new TIT2() {
                @Override
                public String hashKey() {
                    return key;
                }
            };
        }

        @Test
        void testSetone() {
            TIT2 t = keyed("FOOB:ar");
            i.setall("FOOB", List.of(t));
            assertTrue(i.get("FOOB:ar") == t);
            assertEquals(List.of(t), i.getall("FOOB"));
        }

        @Test
        void testSettwo() {
            TIT2 t = keyed("FOOB:ar");
            TIT2 t2 = keyed("FOOB:az");
            i.setall("FOOB", List.of(t, t2));
            assertTrue(i.get("FOOB:ar") == t);
            assertTrue(i.get("FOOB:az") == t2);
            assertEquals(2, i.getall("FOOB").size());
        }

        @Test
        void testSetWrongType() {
            assertThrows(IllegalArgumentException.class, () -> new ID3Tags().put("FOO", new Object()));
        }
    }

    static ID3Tags tags(Frame... frames) {
        ID3Tags t = new ID3Tags();
        for (Frame f : frames) {
            t.put(f.frameId(), f);
        }
        return t;
    }

    static byte[] slice(byte[] b, int from, int to) {
        return Arrays.copyOfRange(b, from, to);
    }

    @Nested
    // Port of tests/test_id3.py::ID3v1Tags
    class ID3v1Tags {
        ID3 id3;

        @BeforeEach
        void setUp() throws Exception {
            id3 = new ID3(SILENCE_V1);
        }

        @Test
        void testAlbum() {
            assertEquals("Quod Libet Test Data", text(id3, "TALB"));
        }

        @Test
        void testGenre() {
            assertEquals("Darkwave", ((TCON) id3.get("TCON")).genres().get(0));
        }

        @Test
        void testTitle() {
            assertEquals("Silence", text(id3, "TIT2"));
        }

        @Test
        void testArtist() {
            assertEquals(List.of("piman"), texts(id3.get("TPE1")));
        }

        @Test
        void testTrack() {
            assertEquals("2", text(id3, "TRCK"));
            assertEquals(2, ((TRCK) id3.get("TRCK")).pos());
        }

        @Test
        void testYear() {
            assertEquals("2004", text(id3, "TDRC"));
        }

        @Test
        void testV1NotV11() {
            id3.put("TRCK", new TRCK(Encoding.LATIN1, "32"));
            byte[] tag = ID3v1.make(id3);
            assertEquals("32", ID3v1.parse(tag).get("TRCK").str());
            id3.remove("TRCK");
            tag = ID3v1.make(id3);
            tag = T.cat(slice(tag, 0, 125), b("  "), slice(tag, 127, 128));
            assertFalse(ID3v1.parse(tag).containsKey("TRCK"));
        }

        @Test
        void testNulls() {
            String s = "TAG" + pad("hijklmn\0p", 30) + pad("abcd\0fg", 30) + pad("qrst\0v", 30) + "1224"
                    + pad("wxyz", 29) + "\3\1";
            Map<String, Frame> tags = ID3v1.parse(b(s));
            assertEquals("abcd", tags.get("TPE1").str());
            assertEquals("hijklmn", tags.get("TIT2").str());
            assertEquals("qrst", tags.get("TALB").str());
        }

        @Test
        void testNonascii() {
            String s = "TAG" + pad("hijklmn\u00f3p", 30) + pad("abcd\u00e9fg", 30) + pad("qrst\u00fcv", 30) + "1234"
                    + pad("wxyz", 28) + "\0\3\1";
            Map<String, Frame> tags = ID3v1.parse(b(s));
            assertEquals("abcd\u00e9fg", tags.get("TPE1").str());
            assertEquals("hijklmn\u00f3p", tags.get("TIT2").str());
            assertEquals("qrst\u00fcv", tags.get("TALB").str());
            assertEquals("wxyz", tags.get("COMM").str());
            assertEquals("3", tags.get("TRCK").str());
            assertEquals("1234", tags.get("TDRC").str());
        }

        @Test
        void testRoundtrip() {
            ID3Tags frames = new ID3Tags();
            for (String key : List.of("TIT2", "TALB", "TPE1", "TDRC")) {
                frames.put(key, id3.get(key));
            }
            Map<String, Frame> parsed = ID3v1.parse(ID3v1.make(frames));
            assertEquals(4, parsed.size());
            for (String key : List.of("TIT2", "TALB", "TPE1", "TDRC")) {
                assertEquals(frames.get(key).str(), parsed.get(key).str());
            }
        }

        @Test
        void testMakeFromEmpty() {
            byte[] empty = T.cat(b("TAG"), new byte[124], b("\u00ff"));
            assertArrayEquals(empty, ID3v1.make(new ID3Tags()));
            assertArrayEquals(empty, ID3v1.make(tags(new TCON())));
            assertArrayEquals(empty, ID3v1.make(tags(new COMM(Encoding.LATIN1, "XXX", "", ""))));
        }

        @Test
        void testMakeV1FromTyer() {
            assertArrayEquals(ID3v1.make(tags(new TDRC(Encoding.UTF16, "2010-10-10"))),
                    ID3v1.make(tags(new TYER(Encoding.UTF16, "2010"))));
        }

        @Test
        void testInvalid() {
            assertNull(ID3v1.parse(b("")));
        }

        @Test
        void testInvalidTrack() {
            byte[] v1tag = ID3v1.make(tags(new TRCK(Encoding.LATIN1, "not a number")));
            assertFalse(ID3v1.parse(v1tag).containsKey("TRCK"));
        }

        @Test
        void testV1Genre() {
            byte[] v1tag = ID3v1.make(tags(new TCON(Encoding.LATIN1, "Pop")));
            assertEquals(List.of("Pop"), ((TCON) ID3v1.parse(v1tag).get("TCON")).genres());
        }

        @Test
        void testV1Comment() {
            ID3Tags t = new ID3Tags();
            t.put("COMM", new COMM(Encoding.LATIN1, "XXX", "", "abcdefghijklmnopqrstuvwxyzABCDEFG"));
            byte[] written = ID3v1.make(t);
            assertEquals(128, written.length);
            assertArrayEquals(b("abcdefghijklmnopqrstuvwxyzABCD"), slice(written, 97, 127));
            Map<String, Frame> parsed = ID3v1.parse(written);
            assertEquals("abcdefghijklmnopqrstuvwxyzABCD", parsed.get("COMM").str());
            assertFalse(parsed.containsKey("TRCK"));
        }

        @Test
        void testV1CommentPad() {
            ID3Tags t = new ID3Tags();
            t.put("COMM", new COMM(Encoding.LATIN1, "XXX", "", "abc"));
            byte[] written = ID3v1.make(t);
            assertArrayEquals(T.cat(b("abc"), new byte[27]), slice(written, 97, 127));
            assertEquals("abc", ID3v1.parse(written).get("COMM").str());
        }

        @Test
        void testV1CommentTrim() {
            ID3Tags t = new ID3Tags();
            COMM c = new COMM();
            c.set("encoding", 0).set("text", "  abcdefgh  \0ABCDEFGH\u000012345678");
            t.put("COMM", c);
            byte[] written = ID3v1.make(t);
            assertArrayEquals(T.cat(b("  abcdefgh  "), new byte[18]), slice(written, 97, 127));
            byte[] crafted = T.cat(slice(written, 0, 110), b("ABCDEFGH\u000012345678"), slice(written, 127, 128));
            assertEquals(128, crafted.length);
            Map<String, Frame> parsed = ID3v1.parse(crafted);
            assertEquals("abcdefgh", parsed.get("COMM").str());
            assertFalse(parsed.containsKey("TRCK"));
        }

        @Test
        void testV1Nocomment() {
            byte[] written = ID3v1.make(new ID3Tags());
            assertArrayEquals(new byte[30], slice(written, 97, 127));
            Map<String, Frame> parsed = ID3v1.parse(written);
            assertFalse(parsed.containsKey("COMM"));
            assertFalse(parsed.containsKey("TRCK"));
        }

        @Test
        void testV11Comment() {
            ID3Tags t = new ID3Tags();
            t.put("COMM", new COMM(Encoding.LATIN1, "XXX", "", "abcdefghijklmnopqrstuvwxyzABCDEFG"));
            t.put("TRCK", new TRCK(Encoding.LATIN1, "5"));
            byte[] written = ID3v1.make(t);
            assertArrayEquals(b("abcdefghijklmnopqrstuvwxyzAB\0\5"), slice(written, 97, 127));
            Map<String, Frame> parsed = ID3v1.parse(written);
            assertEquals("abcdefghijklmnopqrstuvwxyzAB", parsed.get("COMM").str());
            assertEquals("5", parsed.get("TRCK").str());
        }

        @Test
        void testV11Nocomment() {
            byte[] written = ID3v1.make(tags(new TRCK(Encoding.LATIN1, "6")));
            assertArrayEquals(T.cat(new byte[28], b("\0\6")), slice(written, 97, 127));
            Map<String, Frame> parsed = ID3v1.parse(written);
            assertFalse(parsed.containsKey("COMM"));
            assertEquals("6", parsed.get("TRCK").str());
        }

        @Test
        void testV11InvalidTrack() {
            ID3Tags t = new ID3Tags();
            t.put("COMM", new COMM(Encoding.LATIN1, "XXX", "", "abcdefghijklmnopqrstuvwxyzABCDEFG"));
            t.put("TRCK", new TRCK(Encoding.LATIN1, "#7"));
            byte[] written = ID3v1.make(t);
            assertArrayEquals(b("abcdefghijklmnopqrstuvwxyzABCD"), slice(written, 97, 127));
            Map<String, Frame> parsed = ID3v1.parse(written);
            assertEquals("abcdefghijklmnopqrstuvwxyzABCD", parsed.get("COMM").str());
            assertFalse(parsed.containsKey("TRCK"));
        }
    }

    static String pad(String s, int width) {
        // Python's "%30s": right-justified with spaces.
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    static boolean hasV1(Path p) throws IOException {
        byte[] all = Files.readAllBytes(p);
        return all.length >= 128 && Bytes.regionMatches(all, all.length - 128, b("TAG"));
    }

    @Nested
    // Port of tests/test_id3.py::TestWriteID3v1
    class TestWriteID3v1 {
        @TempDir
        Path tmp;
        Path filename;
        ID3 audio;

        @BeforeEach
        void setUp() throws Exception {
            filename = TestFiles.tempCopy(SILENCE, tmp);
            audio = new ID3(filename);
        }

        @Test
        void testSaveDelete() throws Exception {
            audio.save(ID3SaveOptions.defaults().withV1(0));
            assertFalse(hasV1(filename));
        }

        @Test
        void testSaveAdd() throws Exception {
            audio.save(ID3SaveOptions.defaults().withV1(2));
            assertTrue(hasV1(filename));
        }

        @Test
        void testSaveDefaults() throws Exception {
            audio.save(ID3SaveOptions.defaults().withV1(0));
            assertFalse(hasV1(filename));
            audio.save(ID3SaveOptions.defaults().withV1(1));
            assertFalse(hasV1(filename));
            audio.save(ID3SaveOptions.defaults().withV1(2));
            assertTrue(hasV1(filename));
            audio.save(ID3SaveOptions.defaults().withV1(1));
            assertTrue(hasV1(filename));
        }
    }

    @Nested
    // Port of tests/test_id3.py::Issue97_UpgradeUnknown23
    class Issue97UpgradeUnknown23 {
        @TempDir
        Path tmp;
        Path filename;

        @BeforeEach
        void setUp() {
            filename = TestFiles.tempCopy(TestFiles.corpus("97-unknown-23-update.mp3"), tmp);
        }

        @Test
        void testUnknown() throws Exception {
            ID3 orig = new ID3(filename);
            assertEquals(List.of(2, 3, 0), orig.version());
            ID3 unknown = new ID3(filename, opts().withKnownFrames(Map.of("TPE1", TPE1::new)).withTranslate(false));
            assertArrayEquals(b("TIT2"), slice(unknown.unknownFrames().get(0), 0, 4));
            unknown.save(ID3SaveOptions.defaults().withV2Version(3));
            ID3 n = new ID3(filename);
            assertEquals(texts(orig.get("TIT2")), texts(n.get("TIT2")));
            assertEquals(texts(orig.get("TPE1")), texts(n.get("TPE1")));
        }

        @Test
        void testUnknownInvalid() throws Exception {
            MCDI frame = new MCDI(T.repeat("\u00ff", 50));
            ID3 f = new ID3(filename);
            assertEquals(List.of(2, 3, 0), f.version());
            byte[] raw = ID3Tags.saveFrame(frame, new ID3SaveConfig(3, null));
            System.arraycopy(b("NOPE"), 0, raw, 0, 4);
            f.setUnknownFrames(List.of(raw));
            f.save();
            f = new ID3(filename);
            assertTrue(f.unknownFrames().isEmpty());
        }
    }

    @Nested
    // Port of tests/test_id3.py::TID3Write
    class TID3Write {
        @TempDir
        Path tmp;
        Path filename;

        @BeforeEach
        void setUp() {
            filename = TestFiles.tempCopy(SILENCE, tmp);
        }

        private void truncate(long n) throws IOException {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(filename,
                    java.nio.file.StandardOpenOption.WRITE)) {
                ch.truncate(n);
            }
        }

        @Test
        void testCorruptHeaderTooSmall() throws Exception {
            truncate(5);
            assertThrows(ID3Error.class, () -> new ID3(filename));
        }

        @Test
        void testCorruptTagTooSmall() throws Exception {
            truncate(50);
            assertThrows(ID3Error.class, () -> new ID3(filename));
        }

        @Test
        void testCorruptSave() throws Exception {
            byte[] all = Files.readAllBytes(filename);
            System.arraycopy(b("nope"), 0, all, 5, 4);
            Files.write(filename, all);
            assertThrows(ID3Error.class, () -> new ID3().save(filename));
        }

        @Test
        void testPaddingFillAll() throws Exception {
            ID3 tag = new ID3(filename);
            assertEquals(1142, tag.padding());
            tag.delall("TPE1");
            tag.save();
            tag = new ID3(filename);
            assertEquals(1166, tag.padding());
        }

        @Test
        void testPaddingRemoveAddPadding() throws Exception {
            new ID3(filename).save();
            ID3 tag = new ID3(filename);
            long oldPadding = tag.padding();
            long oldSize = Files.size(filename);
            tag.save(ID3SaveOptions.defaults().withPadding(x -> 0));
            assertEquals(oldSize - oldPadding, Files.size(filename));
            oldSize = oldSize - oldPadding;
            tag.save(ID3SaveOptions.defaults().withPadding(x -> 137));
            assertEquals(oldSize + 137, Files.size(filename));
        }

        @Test
        void testUpdateToV23OnLoad() throws Exception {
            ID3 audio = new ID3(filename);
            audio.add(new TSOT(Encoding.UTF8, List.of("Ha")));
            audio.save();
            assertTrue(new ID3(filename, opts().withV2Version(3)).getall("TSOT").isEmpty());
            assertFalse(new ID3(filename, opts().withV2Version(3).withTranslate(false)).getall("TSOT").isEmpty());
        }

        @Test
        void testLoadSaveInvalVersion() {
            assertThrows(IllegalArgumentException.class, () -> ID3SaveOptions.defaults().withV2Version(5));
            assertThrows(IllegalArgumentException.class, () -> opts().withV2Version(5));
        }

        @Test
        void testSave() throws Exception {
            ID3 audio = new ID3(filename);
            List<String> strings = List.of("one", "two", "three");
            audio.add(new TPE1(Encoding.UTF8, strings));
            audio.save(ID3SaveOptions.defaults().withV2Version(3));
            TPE1 frame = (TPE1) audio.get("TPE1");
            assertEquals(Encoding.UTF8, frame.encoding());
            assertEquals(strings, frame.text());

            ID3 id3 = new ID3(filename, opts().withTranslate(false));
            assertEquals(List.of(2, 3, 0), id3.version());
            frame = (TPE1) id3.get("TPE1");
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals(List.of(String.join("/", strings)), frame.text());

            audio.save(ID3SaveOptions.defaults().withV2Version(3).withV23Sep(null));
            id3 = new ID3(filename, opts().withTranslate(false));
            frame = (TPE1) id3.get("TPE1");
            assertEquals(Encoding.UTF16, frame.encoding());
            assertEquals(strings, frame.text());
        }

        @Test
        void testSaveOffSpecFrames() throws Exception {
            ID3 audio = new ID3(filename);
            List<String> dates = List.of("2013", "2014");
            audio.add(new TDEN(Encoding.UTF8, dates));
            TIPL tipl = new TIPL(Encoding.UTF16BE, List.of(List.of("a", "b"), List.of("c", "d")));
            audio.add(tipl);
            audio.save(ID3SaveOptions.defaults().withV2Version(3));
            ID3 id3 = new ID3(filename, opts().withTranslate(false));
            assertEquals(List.of(2, 3, 0), id3.version());
            assertEquals(dates, texts(id3.get("TDEN")));
            assertEquals(Encoding.UTF16, ((TDEN) id3.get("TDEN")).encoding());
            assertEquals(tipl.people(), ((TIPL) id3.get("TIPL")).people());
            assertEquals(Encoding.UTF16, ((TIPL) id3.get("TIPL")).encoding());
        }

        @Test
        void testWrongEncoding() throws Exception {
            ID3 t = new ID3(filename);
            t.add(new TIT2(Encoding.LATIN1, List.of("\u0243")));
            assertThrows(MutagenError.class, () -> t.save());
        }

        @Test
        void testToemptyfile() throws Exception {
            ID3 t = new ID3(filename);
            Files.delete(filename);
            Files.write(filename, new byte[0]);
            t.save(filename);
            assertEquals(List.of("piman", "jzig"), texts(new ID3(filename).get("TPE1")));
        }

        @Test
        void testTononfile() throws Exception {
            ID3 t = new ID3(filename);
            Files.delete(filename);
            t.save(filename);
            assertTrue(Files.exists(filename));
        }

        @Test
        void test1bfile() throws Exception {
            ID3 t = new ID3(filename);
            Files.write(filename, b("!"));
            t.save(filename);
            byte[] all = Files.readAllBytes(filename);
            assertTrue(all.length > 1);
            assertEquals('!', all[all.length - 1]);
        }

        @Test
        void testUnknownChap() throws Exception {
            ID3 id3 = new ID3(filename);
            id3.add(new CTOC("foo", 3, List.of("ch0"), List.of(new TIT2(Encoding.UTF8, "bla"))));
            id3.save();
            id3 = new ID3(filename, opts().withKnownFrames(Map.of("CTOC", CTOC::new)));
            CTOC ctoc = (CTOC) id3.getall("CTOC").get(0);
            assertTrue(ctoc.subFrames().isEmpty());
            assertFalse(ctoc.subFrames().unknownFrames().isEmpty());
            id3.save();
            id3 = new ID3(filename);
            assertEquals(List.of("bla"), texts(((CTOC) id3.getall("CTOC").get(0)).subFrames().getall("TIT2").get(0)));
        }

        @Test
        void testSame() throws Exception {
            new ID3(filename).save();
            ID3 id3 = new ID3(filename);
            assertEquals("Quod Libet Test Data", text(id3, "TALB"));
            assertEquals("Silence", text(id3, "TCON"));
            assertEquals("Silence", text(id3, "TIT2"));
            assertEquals(List.of("piman", "jzig"), texts(id3.get("TPE1")));
        }

        @Test
        void testSameV23() throws Exception {
            ID3 id3 = new ID3(filename, opts().withV2Version(3));
            id3.save(ID3SaveOptions.defaults().withV2Version(3));
            id3 = new ID3(filename);
            assertEquals(List.of(2, 3, 0), id3.version());
            assertEquals("Quod Libet Test Data", text(id3, "TALB"));
            assertEquals("Silence", text(id3, "TCON"));
            assertEquals("Silence", text(id3, "TIT2"));
            assertEquals("piman/jzig", text(id3, "TPE1"));
        }

        @Test
        void testAddframe() throws Exception {
            ID3 f = new ID3(filename);
            assertFalse(f.containsKey("TIT3"));
            f.put("TIT3", new TIT3(Encoding.LATIN1, "A subtitle!"));
            f.save();
            assertEquals("A subtitle!", text(new ID3(filename), "TIT3"));
        }

        @Test
        void testChangeframe() throws Exception {
            ID3 f = new ID3(filename);
            assertEquals("Silence", text(f, "TIT2"));
            ((TIT2) f.get("TIT2")).setText(List.of("The sound of silence."));
            f.save();
            assertEquals("The sound of silence.", text(new ID3(filename), "TIT2"));
        }

        @Test
        void testReplaceframe() throws Exception {
            ID3 f = new ID3(filename);
            assertEquals(List.of("piman", "jzig"), texts(f.get("TPE1")));
            f.put("TPE1", new TPE1(Encoding.LATIN1, "jzig\0piman"));
            f.save();
            assertEquals(List.of("jzig", "piman"), texts(new ID3(filename).get("TPE1")));
        }

        @Test
        void testCompressiblyLarge() throws Exception {
            ID3 f = new ID3(filename);
            assertFalse(f.containsKey("TPE2"));
            f.put("TPE2", new TPE2(Encoding.LATIN1, "Ab".repeat(1025)));
            f.save();
            assertEquals("Ab".repeat(1025), text(new ID3(filename), "TPE2"));
        }

        @Test
        void testNofileSilencetag() throws Exception {
            ID3 id3 = new ID3(filename);
            Files.delete(filename);
            id3.save(filename);
            assertArrayEquals(b("ID3"), slice(Files.readAllBytes(filename), 0, 3));
            testSame();
        }

        @Test
        void testEmptyfileSilencetag() throws Exception {
            ID3 id3 = new ID3(filename);
            Files.write(filename, new byte[0]);
            id3.save(filename);
            assertArrayEquals(b("ID3"), slice(Files.readAllBytes(filename), 0, 3));
            testSame();
        }

        @Test
        void testEmptyPlustagMinustagEmpty() throws Exception {
            ID3 id3 = new ID3(filename);
            Files.write(filename, new byte[0]);
            id3.save();
            id3.delete();
            assertTrue(id3.keys().isEmpty());
            assertEquals(0, Files.size(filename));
        }

        @Test
        void testDeleteInvalidZero() throws Exception {
            Files.write(filename, b("ID3\4\0\0\0\0\0\0abc"));
            new ID3(filename).delete();
            assertArrayEquals(b("abc"), Files.readAllBytes(filename));
        }

        @Test
        void testFrameOrder() throws Exception {
            ID3 f = new ID3(filename);
            f.put("TIT2", new TIT2(Encoding.LATIN1, "A title!"));
            f.put("APIC", new APIC(Encoding.LATIN1, "b", PictureType.of(3), "", b("a")));
            f.put("TALB", new TALB(Encoding.LATIN1, "c"));
            f.put("COMM", new COMM(Encoding.LATIN1, "XXX", "x", "y"));
            f.save();
            byte[] data = Files.readAllBytes(filename);
            int tit2 = Bytes.indexOf(data, b("TIT2"), 0);
            int apic = Bytes.indexOf(data, b("APIC"), 0);
            int comm = Bytes.indexOf(data, b("COMM"), 0);
            int talb = Bytes.indexOf(data, b("TALB"), 0);
            assertTrue(tit2 < apic);
            assertTrue(tit2 < comm);
            assertTrue(talb < apic);
            assertTrue(talb < comm);
            assertTrue(tit2 < talb);
        }

        @Test
        void testApicLast() throws Exception {
            ID3 f = new ID3(filename);
            f.add(new TYER(Encoding.UTF16, List.of("2016")));
            APIC apic = new APIC();
            apic.set("data", T.repeat("x", 500));
            f.add(apic);
            f.save();
            byte[] data = Files.readAllBytes(filename);
            assertTrue(Bytes.indexOf(data, b("TYER"), 0) < Bytes.indexOf(data, b("APIC"), 0));
        }
    }

    @Nested
    // Port of tests/test_id3.py::BadPOPM
    class BadPOPM {
        @TempDir
        Path tmp;
        Path filename;

        @BeforeEach
        void setUp() {
            filename = TestFiles.tempCopy(TestFiles.corpus("bad-POPM-frame.mp3"), tmp);
        }

        @Test
        void testReadPopmLongCounter() throws Exception {
            ID3 f = new ID3(filename);
            assertTrue(f.containsKey("POPM:Windows Media Player 9 Series"));
            POPM popm = (POPM) f.get("POPM:Windows Media Player 9 Series");
            assertEquals(255, popm.rating());
            assertEquals(2709193061L, popm.count());
        }

        @Test
        void testWritePopmLongCounter() throws Exception {
            ID3 f = new ID3(filename);
            POPM p = new POPM();
            p.set("email", "foo@example.com").set("rating", 125).set("count", (1L << 32) + 1);
            f.add(p);
            f.save();
            f = new ID3(filename);
            assertTrue(f.containsKey("POPM:foo@example.com"));
            assertTrue(f.containsKey("POPM:Windows Media Player 9 Series"));
            POPM popm = (POPM) f.get("POPM:foo@example.com");
            assertEquals(125, popm.rating());
            assertEquals((1L << 32) + 1, popm.count());
        }
    }

    @Nested
    // Port of tests/test_id3.py::Issue69_BadV1Year
    class Issue69BadV1Year {
        @Test
        void testMissingYear() {
            byte[] data = T.hex("41424354414768656c6c6f20776f726c6400000000000000000000000000000000000000000000000078"
                    + "303000000000000000000000000000000000000000000000000000000000000000783030000000000000"
                    + "000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                    + "00000000ff");
            Map<String, Frame> tag = ID3v1.parse(data);
            assertNotNull(tag);
            assertEquals("hello world", tag.get("TIT2").str());
        }

        @Test
        void testShortYear() throws Exception {
            byte[] data = T.cat(b("XTAGhello world"), new byte[8 + 16 * 4 + 7], b("1"), new byte[8 + 16 + 6],
                    b("\u00ff"));
            Map<String, Frame> tag = ID3v1.parse(data);
            assertEquals("hello world", tag.get("TIT2").str());
            assertEquals("0001", tag.get("TDRC").str());
            ID3v1.Found found = ID3v1.find(FileSource.of(data, ""), 4, null);
            assertEquals(-125, found.offset());
            assertEquals(tag.keySet(), found.frames().keySet());
        }

        @Test
        void testNone() {
            byte[] s = ID3v1.make(new ID3Tags());
            assertEquals(128, s.length);
            assertFalse(ID3v1.parse(s).containsKey("TDRC"));
        }

        @Test
        void testEmpty() {
            byte[] s = ID3v1.make(tags(new TDRC(Encoding.UTF16, List.of())));
            assertFalse(ID3v1.parse(s).containsKey("TDRC"));
        }

        @Test
        void testShort() {
            byte[] s = ID3v1.make(tags(new TYER(Encoding.UTF16, "1")));
            assertEquals("0001", ID3v1.parse(s).get("TDRC").str());
        }

        @Test
        void testLong() {
            byte[] s = ID3v1.make(tags(new TYER(Encoding.UTF16, "123456789")));
            assertEquals("1234", ID3v1.parse(s).get("TDRC").str());
        }
    }

    @Nested
    // Port of tests/test_id3.py::TID3Trailing
    class TID3Trailing {
        @Test
        void testAudaciousTrailingId3() {
            assertThrows(ID3NoHeaderError.class, () -> new ID3(TestFiles.corpus("audacious-trailing-id32-id31.mp3")));
            assertThrows(ID3NoHeaderError.class, () -> new ID3(TestFiles.corpus("audacious-trailing-id32-apev2.mp3")));
        }
    }

    @Nested
    // Port of tests/test_id3.py::TID3Misc
    class TID3Misc {
        @Test
        void testMain() {
            assertEquals(3, Encoding.UTF8.value());
            assertEquals(1, ID3v1SaveOptions.UPDATE.ordinal());
            assertEquals(3, PictureType.COVER_FRONT.value());
        }

        private byte[] frameData(String name, int size, boolean bpi) {
            byte[] sz = bpi ? BitPaddedInt.encodeSyncsafe(size) : BitPaddedInt.encode(size, 8, true, 4, 4);
            return T.cat(b(name), sz, b("\0\0"), T.repeat("\1", size));
        }

        private boolean bpi(byte[] data, Map<String, Supplier<? extends Frame>> frames) {
            return ID3FrameReader.determineBpi(data, 0, data.length, frames);
        }

        @Test
        void testDetermineBpi() {
            assertTrue(bpi(new byte[0], Map.of()));
            byte[] data = frameData("TPE2", 1000, true);
            assertTrue(bpi(data, Frames.v23()));
            assertTrue(bpi(T.cat(data, new byte[1000]), Frames.v23()));
            data = frameData("TPE2", 1000, false);
            assertFalse(bpi(data, Frames.v23()));
            assertFalse(bpi(T.cat(data, new byte[1000]), Frames.v23()));
            byte[] d = T.cat(frameData("TPE2", 1000, true), frameData("TPE2", 10, true), T.repeat("\1", 875));
            assertTrue(bpi(d, Frames.v23()));
        }
    }
}
