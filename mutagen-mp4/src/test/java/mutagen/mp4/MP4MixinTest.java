// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import mutagen.SaveOptions;
import mutagen.spi.ProbeInput;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

// mutagen's tests/test_mp4.py TMP4Mixin (its tests count in the classes extending it)
abstract class MP4MixinTest extends MP4TestBase {

    @Test
    void testSetInval() {
        assertThrows(IllegalArgumentException.class, () -> audio.put("\u00a9nam", 42));
    }

    @Test
    void testScore() throws IOException {
        try (FileSource s = FileSource.open(filename)) {
            assertTrue(new MP4Provider().score(ProbeInput.of(s)) > 0);
        }
    }

    @Test
    void testChannels() {
        assertEquals(2, audio.info().channels());
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, audio.info().sampleRate());
    }

    @Test
    void testBitsPerSample() {
        assertEquals(16, audio.info().bitsPerSample());
    }

    @Test
    void testBitrate() {
        assertEquals(2914, audio.info().bitrate());
    }

    @Test
    void testLength() {
        assertEquals(3.7, audio.info().length(), 0.05);
    }

    @Test
    void testKind() {
        assertEquals("mp4a.40.2", audio.info().codec());
    }

    @Test
    void testPadding() throws IOException {
        audio.put("\u00a9nam", "wheeee".repeat(10));
        audio.save();
        long size1 = Files.size(filename);
        audio.put("\u00a9nam", "wheeee".repeat(11));
        audio.save();
        assertEquals(size1, Files.size(filename));
    }

    @Test
    void testPadding2() throws IOException {
        audio.put("\u00a9nam", "wheeee".repeat(10));
        audio.save();
        Atoms atoms;
        try (FileSource s = FileSource.open(filename)) {
            atoms = Atoms.parse(s, MP4Error::new);
        }
        Atom meta = atoms.find("moov.udta.meta");
        long metaLength = meta.length();
        Atom ilst = meta.child("ilst");
        Atom free = meta.child("free");
        assertEquals(ilst.offset() + ilst.length(), free.offset());
        byte[] all = Files.readAllBytes(filename);
        byte[] swapped = all.clone();
        int o = (int) ilst.offset();
        System.arraycopy(all, (int) free.offset(), swapped, o, (int) free.length());
        System.arraycopy(all, o, swapped, o + (int) free.length(), (int) ilst.length());
        Files.write(filename, swapped);
        audio.put("\u00a9nam", "wheeee".repeat(11));
        audio.save();
        try (FileSource s = FileSource.open(filename)) {
            atoms = Atoms.parse(s, MP4Error::new);
        }
        meta = atoms.find("moov.udta.meta");
        ilst = meta.child("ilst");
        free = meta.child("free");
        assertEquals(metaLength, meta.length());
        assertEquals(ilst.offset() + ilst.length(), free.offset());
    }

    @Test
    void testUnicode() throws IOException {
        assertThrows(IllegalArgumentException.class,
                () -> setKey("\u00a9nam", List.of("\u308a\u304b".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void testPreserveFreeform() throws IOException {
        setKey("----:net.sacredchao.Mutagen:test key", List.of(new MP4FreeForm(b("woooo"), 142, 42)));
    }

    @Test
    void testInvalidText() {
        assertThrows(IllegalArgumentException.class, () -> audio.put("\u00a9nam", List.of(new byte[] {(byte) 0xff})));
    }

    @Test
    void testSaveText() throws IOException {
        setKey("\u00a9nam", List.of("Some test name"));
    }

    @Test
    void testSaveTexts() throws IOException {
        setKey("\u00a9nam", List.of("Some test name", "One more name"));
    }

    @Test
    void testFreeform() throws IOException {
        setKey("----:net.sacredchao.Mutagen:test key", List.of(b("whee")));
    }

    @Test
    void testFreeform2() throws IOException {
        setKey("----:net.sacredchao.Mutagen:test key", b("whee"), List.of(b("whee")));
    }

    @Test
    void testFreeforms() throws IOException {
        setKey("----:net.sacredchao.Mutagen:test key", List.of(b("whee"), b("uhh")));
    }

    @Test
    void testFreeformBin() throws IOException {
        setKey("----:net.sacredchao.Mutagen:test key", List.of(new MP4FreeForm(b("woooo"), AtomDataType.UTF8),
                new MP4FreeForm(b("hoooo"), AtomDataType.IMPLICIT), new MP4FreeForm(b("boooo"))));
    }

    @Test
    void testTracknumber() throws IOException {
        setKey("trkn", List.of(new MP4Pair(1, 10)));
        setKey("trkn", List.of(new MP4Pair(1, 10), new MP4Pair(5, 20)));
        setKey("trkn", List.of());
    }

    @Test
    void testDisk() throws IOException {
        setKey("disk", List.of(new MP4Pair(18, 0)));
        setKey("disk", List.of(new MP4Pair(1, 10), new MP4Pair(5, 20)));
        setKey("disk", List.of());
    }

    @Test
    void testTracknumberTooSmall() {
        tooSmall("trkn");
    }

    @Test
    void testDiskTooSmall() {
        tooSmall("disk");
    }

    private void tooSmall(String key) {
        assertThrows(IllegalArgumentException.class, () -> setKey(key, List.of(new MP4Pair(-1, 0))));
        assertThrows(IllegalArgumentException.class, () -> setKey(key, List.of(new MP4Pair(1 << 18, 1))));
    }

    @Test
    void testTracknumberWrongSize() {
        assertThrows(IllegalArgumentException.class, () -> setKey("trkn", List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> setKey("trkn", List.of(1, 2, 3)));
        wrongSize("trkn");
    }

    @Test
    void testDiskWrongSize() {
        wrongSize("disk");
    }

    private void wrongSize(String key) {
        assertThrows(IllegalArgumentException.class, () -> setKey(key, List.of(List.of(1))));
        assertThrows(IllegalArgumentException.class, () -> setKey(key, List.of(List.of(1, 2, 3))));
    }

    @Test
    void testTempo() throws IOException {
        for (long v : new long[] {150, 0, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, Short.MAX_VALUE,
            Integer.MAX_VALUE, Long.MAX_VALUE}) {
            setKey("tmpo", List.of(v));
        }
        setKey("tmpo", List.of());
    }

    @Test
    void testVariousInt() throws IOException {
        for (String key : List.of("stik", "hdvd", "rtng", "plID", "cnID", "geID", "atID", "sfID", "cmID", "akID",
                "tvsn", "tves")) {
            setKey(key, List.of());
            setKey(key, List.of(0L));
            setKey(key, List.of(1L));
            setKey(key, List.of(Long.MAX_VALUE));
        }
    }

    @Test
    void testMovements() throws IOException {
        setKey("shwm", List.of(1L));
        setKey("\u00a9mvc", List.of(42L));
        setKey("\u00a9mvi", List.of(24L));
        setKey("\u00a9mvn", List.of("movement"));
        setKey("\u00a9wrk", List.of("work"));
    }

    @Test
    void testTempos() throws IOException {
        setKey("tmpo", List.of(160L, 200L));
    }

    @Test
    void testTempoInvalid() {
        for (Object bad : new Object[] {List.of(1.5), 10, "foo"}) {
            assertThrows(IllegalArgumentException.class, () -> setKey("tmpo", bad));
        }
    }

    @Test
    void testCompilation() throws IOException {
        setKey("cpil", true);
    }

    @Test
    void testCompilationFalse() throws IOException {
        setKey("cpil", false);
    }

    @Test
    void testGapless() throws IOException {
        setKey("pgap", true);
    }

    @Test
    void testGaplessFalse() throws IOException {
        setKey("pgap", false);
    }

    @Test
    void testPodcast() throws IOException {
        setKey("pcst", true);
    }

    @Test
    void testPodcastFalse() throws IOException {
        setKey("pcst", false);
    }

    @Test
    void testCover() throws IOException {
        setKey("covr", List.of(b("woooo")));
    }

    @Test
    void testCoverPng() throws IOException {
        setKey("covr", List.of(new MP4Cover(b("woooo"), MP4Cover.FORMAT_PNG),
                new MP4Cover(b("hoooo"), MP4Cover.FORMAT_JPEG)));
    }

    @Test
    void testPodcastUrl() throws IOException {
        setKey("purl", List.of("http://pdl.warnerbros.com/wbie/justiceleagueheroes/audio/JLH_EA.xml"));
    }

    @Test
    void testEpisodeGuid() throws IOException {
        setKey("catg", List.of("falling-star-episode-1"));
    }

    @Test
    void testPprint() {
        assertFalse(audio.pprint().isEmpty());
    }

    @Test
    void testPprintBinary() throws IOException {
        audio.put("covr", List.of(new byte[] {0, (byte) 0xa9, 'g'}));
        assertFalse(audio.pprint().isEmpty());
    }

    @Test
    void testPprintPair() throws IOException {
        audio.put("cpil", new MP4Pair(1, 10));
        assertTrue(audio.pprint().contains("cpil=(1, 10)"));
    }

    @Test
    void testDelete() throws IOException {
        audio.delete();
        MP4 again = new MP4(filename);
        assertTrue(again.tags() == null || again.tags().size() == 0);
    }

    @Test
    void testModuleDelete() throws IOException {
        MP4.deleteFrom(filename);
        MP4 again = new MP4(filename);
        assertTrue(again.tags() == null || again.tags().size() == 0);
    }

    @Test
    void testReadsUnknownText() throws IOException {
        setKey("foob", List.of("A test"));
    }

    private static List<String> readOffsets(java.nio.file.Path file) throws IOException {
        List<String> samples = new ArrayList<>();
        byte[] all = Files.readAllBytes(file);
        try (FileSource s = FileSource.of(all, "")) {
            Atoms atoms = Atoms.parse(s, MP4Error::new);
            Atom moov = atoms.find("moov");
            for (String name : List.of("stco", "co64")) {
                int width = name.equals("stco") ? 4 : 8;
                for (Atom a : moov.findall(name, true)) {
                    int at = (int) a.offset() + 12;
                    long count = Bytes.u32be(all, at);
                    for (int i = 0; i < count; i++) {
                        long o = Bytes.uintBE(all, at + 4 + i * width, width);
                        samples.add(new String(s.read(o, 8), StandardCharsets.ISO_8859_1));
                    }
                }
            }
        }
        return samples;
    }

    @Test
    void testUpdateOffsets() throws IOException {
        List<String> before = readOffsets(originalPath());
        audio.put("\u00a9nam", "wheeeeeeee");
        audio.save();
        List<String> after = readOffsets(filename);
        assertEquals(before, after);
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("audio/mp4"));
    }

    @Test
    void testSetInitPaddingZero() throws IOException {
        if (audio.tags() == null) {
            audio.addTags();
        }
        audio.save(SaveOptions.defaults().withPadding(info -> 0));
        assertEquals(0, new MP4(filename).padding());
    }

    @Test
    void testSetInitPaddingLarge() throws IOException {
        if (audio.tags() == null) {
            audio.addTags();
        }
        audio.save(SaveOptions.defaults().withPadding(info -> 5000));
        assertEquals(5000, new MP4(filename).padding());
    }

    @Test
    void testSetVariousPadding() throws IOException {
        if (audio.tags() == null) {
            audio.addTags();
        }
        for (long i : new long[] {0, 1, 2, 3, 1024, 983, 5000, 0, 1}) {
            audio.save(filename, info -> i);
            assertEquals(i, new MP4(filename).padding());
        }
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    void assertTagsPresent() {
        assertNotNull(audio.tags());
    }
}
