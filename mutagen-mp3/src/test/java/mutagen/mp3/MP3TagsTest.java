// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TMP3 (the cases that need ID3; the stream-information cases are in MP3Test)
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.apev2.APENoHeaderError;
import mutagen.apev2.APEv2;
import mutagen.id3.ID3;
import mutagen.id3.ID3Error;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TextFrame;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MP3TagsTest {
    private static final Path SILENCE = TestFiles.corpus("silence-44-s.mp3");
    private static final Path SILENCE_NOV2 = TestFiles.corpus("silence-44-s-v1.mp3");

    @TempDir
    Path tmp;

    private Path filename;
    private MP3 mp3;
    private MP3 mp3v2;

    @BeforeEach
    void setUp() throws IOException {
        filename = TestFiles.tempCopy(SILENCE, tmp);
        mp3 = new MP3(filename);
        mp3v2 = new MP3(SILENCE_NOV2);
    }

    @Test
    void testId3() throws IOException {
        // Python compares the ID3 objects (a dict of frames); ID3Tags.equals compares the frames the same way.
        assertEquals(new ID3(SILENCE).frames(), mp3.id3().frames());
        assertEquals(new ID3(SILENCE_NOV2).frames(), mp3v2.id3().frames());
        assertInstanceOf(ID3.class, mp3.tags());
        assertEquals(8, mp3.keys().size());
        // silence-44-s-v1.mp3 has only an ID3v1 tag: ID3 loads it, and the audio starts at 0.
        assertEquals(0, mp3v2.id3().size());
        assertEquals(6, mp3v2.keys().size());
    }

    @Test
    void testPprint() {
        assertEquals("MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 3.77 seconds (audio/mp3)\n"
                + "TALB=Quod Libet Test Data\nTCON=Silence\nTDRC=2004\nTIT1=Silence\nTIT2=Silence\nTLEN=3000\n"
                + "TPE1=piman / jzig\nTRCK=02/10", mp3.pprint());
    }

    @Test
    void testPprintNoTags() throws IOException {
        // Python sets mp3.tags = None; Java has no tags setter, so a corpus MP3 without any tag stands in.
        MP3 noTags = new MP3(TestFiles.corpus("xing.mp3"));
        assertNull(noTags.tags());
        assertEquals("MPEG 1 layer 3, 32000 bps (CBR?), 44100 Hz, 2 chn, 2.05 seconds (audio/mp3)",
                noTags.pprint());
    }

    @Test
    void testDelete() throws IOException {
        mp3.delete();
        assertTrue(mp3.tags().keys().isEmpty());
        assertNull(new MP3(filename).tags());
    }

    @Test
    void testModuleDelete() throws IOException {
        MP3.deleteFrom(filename);
        assertNull(new MP3(filename).tags());
    }

    @Test
    void testSave() throws IOException {
        ((TextFrame) mp3.get("TIT1")).setText("foobar");
        mp3.save();
        assertEquals("foobar", ((TextFrame) new MP3(filename).get("TIT1")).str());
    }

    @Test
    void testSavePadding() throws IOException {
        mp3.save(ID3SaveOptions.defaults().withPadding(info -> 42));
        assertEquals(42, new MP3(filename).id3().padding());
    }

    @Test
    void testLoadNonId3() throws IOException {
        MP3 mp3 = new MP3(TestFiles.corpus("apev2-lyricsv2.mp3"), APEV2);
        assertInstanceOf(APEv2.class, mp3.tags());
        assertTrue(mp3.tags().containsKey("replaygain_track_peak"));
        assertNull(mp3.id3());
        assertEquals(mp3.info().pprint(), new MP3(TestFiles.corpus("apev2-lyricsv2.mp3")).info().pprint());
    }

    @Test
    void testLoadNonId3SaveDelete() throws IOException {
        // Beyond mutagen's test, checked against mutagen 1.48.1: without that tag the tag class's own error
        // propagates (only ID3NoHeaderError means "no tags"); save() and delete() go to the other class.
        assertThrows(APENoHeaderError.class, () -> new MP3(TestFiles.corpus("xing.mp3"), APEV2));
        Path copy = TestFiles.tempCopy(TestFiles.corpus("apev2-lyricsv2.mp3"), tmp);
        MP3 f = new MP3(copy, APEV2);
        ((APEv2) f.tags()).put("Title", "non-id3");
        f.save();
        assertEquals("non-id3", new APEv2(copy).get("Title").value());
        assertNotNull(new MP3(copy).id3(), "the file's ID3 tag stays");
        new MP3(copy, APEV2).delete();
        assertThrows(APENoHeaderError.class, () -> new APEv2(copy));
        assertNotNull(new MP3(copy).id3());
    }

    private static final mutagen.id3.TagsClass APEV2 = mutagen.id3.TagsClass.of(APEv2::new, APEv2::new,
            (tags, target) -> ((APEv2) tags).save(target), (tags, target) -> ((APEv2) tags).delete(target));

    @Test
    void testAddTags() throws IOException {
        MP3 f = new MP3(TestFiles.corpus("xing.mp3"));
        assertNull(f.tags());
        f.addTags();
        assertInstanceOf(ID3.class, f.tags());
    }

    @Test
    void testAddTagsAlreadyThere() throws IOException {
        MP3 f = new MP3(SILENCE);
        assertNotNull(f.tags());
        assertFalse(f.tags().keys().isEmpty());
        assertThrows(ID3Error.class, f::addTags);
    }

    @Test
    void testSaveNoTags() throws IOException {
        // Python sets mp3.tags = None and saves; here an MP3 without tags is saved: nothing is written.
        Path path = TestFiles.tempCopy(TestFiles.corpus("xing.mp3"), tmp);
        byte[] before = Files.readAllBytes(path);
        MP3 f = new MP3(path);
        f.save();
        assertNull(f.tags());
        assertArrayEquals(before, Files.readAllBytes(path));
    }

    // Beyond the Python cases: the error classes of mutagen.mp3.

    @Test
    void testNotMpegIsHeaderNotFound() {
        MutagenError e = assertThrows(HeaderNotFoundError.class,
                () -> new MP3(TestFiles.corpus("emptyfile.mp3")));
        assertEquals("can't sync to MPEG frame", e.getMessage());
        assertThrows(MutagenError.class, () -> new MP3(tmp.resolve("doesnotexist.mp3")));
    }

    @Test
    void testEasyTagsAdded() throws IOException {
        EasyMP3 f = new EasyMP3(TestFiles.corpus("xing.mp3"));
        assertNull(f.tags());
        f.addTags();
        assertNotNull(f.tags());
        assertTrue(f.isEasy());
    }
}
