// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TFLAC
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FLACTest {
    @TempDir
    Path tmp;
    private Path sample;
    private Path newPath;
    private FLAC flac;

    @BeforeEach
    void setUp() throws MutagenError {
        sample = TestFiles.corpus("silence-44-s.flac");
        newPath = TestFiles.tempCopy(sample, tmp);
        flac = new FLAC(newPath);
    }

    private static long paddingLength(FLAC f) {
        return ((Padding) f.metadataBlocks().get(f.metadataBlocks().size() - 1)).length();
    }

    @Test
    void testZeroSamples() throws IOException {
        flac.info().totalSamples(0);
        flac.save();
        FLAC reloaded = new FLAC(flac.filename());
        assertEquals(0, reloaded.info().totalSamples());
        assertEquals(0, reloaded.info().bitrate());
        assertEquals(0.0, reloaded.info().length());
    }

    @Test
    void testBitrate() throws IOException {
        assertEquals(101430, flac.info().bitrate());
        long oldSize = Files.size(newPath);
        flac.save(info -> 9999);
        FLAC reloaded = new FLAC(newPath);
        assertTrue(Files.size(newPath) > oldSize);
        assertEquals(101430, reloaded.info().bitrate());
    }

    @Test
    void testPadding() throws IOException {
        for (long pad : new long[] {0, 42, (1 << 24) - 1, 1 << 24}) {
            flac.save(info -> pad);
            FLAC reloaded = new FLAC(newPath);
            assertEquals(Math.min((1 << 24) - 1, pad), paddingLength(reloaded));
        }
    }

    @Test
    void testSaveMultiplePadding() throws IOException {
        int numBlocks = numPadding(flac);
        assertEquals(1, numBlocks);
        flac.metadataBlocks().add(Padding.ofLength(42));
        flac.metadataBlocks().add(Padding.ofLength(24));
        flac.save();
        assertEquals(numBlocks + 2, numPadding(flac));

        FLAC reloaded = new FLAC(newPath);
        assertEquals(1, numPadding(reloaded));
        assertTrue(reloaded.metadataBlocks().get(reloaded.metadataBlocks().size() - 1) instanceof Padding);
    }

    private static int numPadding(FLAC f) {
        int n = 0;
        for (MetadataBlock b : f.metadataBlocks()) {
            if (b instanceof Padding) {
                n++;
            }
        }
        return n;
    }

    @Test
    void testIncreaseSizeNewPadding() throws IOException {
        assertEquals(3060, paddingLength(flac));
        String value = "foo".repeat(100);
        flac.put("foo", List.of(value));
        flac.save();
        FLAC reloaded = new FLAC(newPath);
        assertEquals(2752, paddingLength(reloaded));
        assertEquals(List.of(value), reloaded.get("foo"));
    }

    @Test
    void testDelete() throws IOException {
        assertFalse(flac.tags().isEmpty());
        flac.delete();
        assertNotNull(flac.tags());
        assertTrue(flac.tags().isEmpty());
        assertNull(new FLAC(newPath).tags());
    }

    @Test
    void testDeleteChangeReload() throws IOException {
        flac.delete();
        flac.tags().put("FOO", List.of("BAR"));
        flac.save();
        assertEquals(List.of("BAR"), new FLAC(flac.filename()).get("FOO"));

        // same with delete failing due to IO etc.
        assertThrows(MutagenError.class, () -> flac.delete(Path.of("/dev/null")));
        flac.tags().put("FOO", List.of("QUUX"));
        flac.save();
        assertEquals(List.of("QUUX"), new FLAC(flac.filename()).get("FOO"));
    }

    @Test
    void testModuleDelete() throws IOException {
        FLAC.deleteFrom(newPath);
        FLAC reloaded = new FLAC(newPath);
        assertNull(reloaded.tags());
    }

    @Test
    void testInfo() throws MutagenError {
        assertEquals(3.7, new FLAC(newPath).info().length(), 0.05);
    }

    @Test
    void testKeys() {
        assertEquals(flac.tags().keys(), flac.keys());
    }

    @Test
    void testValues() {
        List<Object> fromFile = new ArrayList<>();
        for (String k : flac.keys()) {
            fromFile.add(flac.get(k));
        }
        assertEquals(new ArrayList<Object>(flac.tags().values()), fromFile);
    }

    @Test
    void testItems() {
        for (Map.Entry<String, List<String>> e : flac.tags().items()) {
            assertEquals(e.getValue(), flac.get(e.getKey()));
        }
        assertEquals(flac.tags().items().size(), flac.keys().size());
    }

    @Test
    void testVc() {
        assertEquals("Silence", flac.get("title").get(0));
    }

    @Test
    void testWriteNochange() throws IOException {
        FLAC f = new FLAC(newPath);
        f.save();
        assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(newPath));
    }

    @Test
    void testWriteChangetitle() throws MutagenError {
        // Python raises TypeError for a bytes key; Java keys are Strings, so the bytes value is what is rejected.
        FLAC f = new FLAC(newPath);
        assertThrows(IllegalArgumentException.class, () -> f.put("title", (Object) FlacTestSupport.latin1("A New")));
    }

    @Test
    void testWriteChangetitleUnicodeKey() throws MutagenError {
        // Python accepts a bytes value and fails with ValueError on save; Java rejects it when it is set.
        FLAC f = new FLAC(newPath);
        assertThrows(IllegalArgumentException.class, () -> f.put("title", (Object) FlacTestSupport.latin1("x")));
        assertEquals(List.of("Silence"), f.get("title"));
    }

    @Test
    void testWriteChangetitleUnicodeKeyAndValue() throws IOException {
        FLAC f = new FLAC(newPath);
        f.put("title", "A Unicode Title \u2022");
        f.save();
        f = new FLAC(newPath);
        assertEquals("A Unicode Title \u2022", f.get("title").get(0));
    }

    @Test
    void testForceGrow() throws IOException {
        FLAC f = new FLAC(newPath);
        List<String> values = Collections.nCopies(1000, "a".repeat(1000));
        f.put("faketag", values);
        f.save();
        f = new FLAC(newPath);
        assertEquals(values, f.get("faketag"));
    }

    @Test
    void testForceShrink() throws IOException {
        testForceGrow();
        FLAC f = new FLAC(newPath);
        f.put("faketag", "foo");
        f.save();
        f = new FLAC(newPath);
        assertEquals(List.of("foo"), f.get("faketag"));
    }

    @Test
    void testAddVc() throws MutagenError {
        FLAC f = new FLAC(TestFiles.corpus("no-tags.flac"));
        assertNull(f.tags());
        f.addTags();
        assertTrue(f.tags().isEmpty());
        assertThrows(FLACVorbisError.class, f::addTags);
    }

    @Test
    void testAddVcImplicit() throws MutagenError {
        FLAC f = new FLAC(TestFiles.corpus("no-tags.flac"));
        assertNull(f.tags());
        f.put("foo", "bar");
        assertEquals(List.of(Map.entry("foo", "bar")), f.tags().entries());
        FLACVorbisError e = assertThrows(FLACVorbisError.class, f::addTags);
        assertEquals("a Vorbis comment already exists", e.getMessage());
    }

    @Test
    void testOomingVcHeader() {
        FLACError e = assertThrows(FLACError.class, () -> new FLAC(TestFiles.corpus("ooming-header.flac")));
        assertEquals("file said 4 bytes, read 0 bytes", e.getMessage());
    }

    @Test
    void testSaveUnknownBlock() throws IOException {
        RawBlock block = new RawBlock(99, FlacTestSupport.latin1("test block data"));
        flac.metadataBlocks().add(block);
        flac.save();
    }

    @Test
    void testLoadUnknownBlock() throws IOException {
        testSaveUnknownBlock();
        FLAC f = new FLAC(newPath);
        assertEquals(7, f.metadataBlocks().size());
        assertEquals(99, f.metadataBlocks().get(5).code());
        assertArrayEquals(FlacTestSupport.latin1("test block data"), ((RawBlock) f.metadataBlocks().get(5)).data());
    }

    @Test
    void testTwoVorbisBlocks() throws IOException {
        flac.metadataBlocks().add(flac.metadataBlocks().get(1));
        flac.save();
        FLACError e = assertThrows(FLACError.class, () -> new FLAC(newPath));
        assertEquals("> 1 SeekTable block found", e.getMessage());
    }

    @Test
    void testMissingStreaminfo() throws IOException {
        flac.metadataBlocks().remove(0);
        flac.save();
        FLACError e = assertThrows(FLACNoHeaderError.class, () -> new FLAC(newPath));
        assertEquals("Stream info block not found", e.getMessage());
    }

    @Test
    void testLoadInvalidFlac() {
        Path mp3 = TestFiles.corpus("xing.mp3");
        FLACError e = assertThrows(FLACNoHeaderError.class, () -> new FLAC(mp3));
        assertEquals("'" + mp3 + "' is not a valid FLAC file", e.getMessage());
    }

    @Test
    void testSaveInvalidFlac() {
        Path mp3 = TestFiles.tempCopy(TestFiles.corpus("xing.mp3"), tmp);
        byte[] before = TestFiles.bytes(mp3);
        assertThrows(FLACError.class, () -> flac.save(mp3, false, null));
        assertArrayEquals(before, TestFiles.bytes(mp3));
    }

    @Test
    void testPprint() {
        assertFalse(flac.pprint().isEmpty());
    }

    @Test
    void testDoubleLoad() throws MutagenError {
        List<MetadataBlock> blocks = new ArrayList<>(flac.metadataBlocks());
        assertEquals(blocks, new FLAC(flac.filename()).metadataBlocks());
    }

    @Test
    void testSeektable() {
        assertNotNull(flac.seektable());
    }

    @Test
    void testCuesheet() {
        assertNotNull(flac.cuesheet());
    }

    @Test
    void testPictures() {
        assertFalse(flac.pictures().isEmpty());
    }

    @Test
    void testAddPicture() throws IOException {
        FLAC f = new FLAC(newPath);
        int c = f.pictures().size();
        f.addPicture(new Picture());
        f.save();
        f = new FLAC(newPath);
        assertEquals(c + 1, f.pictures().size());
    }

    @Test
    void testClearPictures() throws IOException {
        FLAC f = new FLAC(newPath);
        int c1 = f.pictures().size();
        int c2 = f.metadataBlocks().size();
        f.clearPictures();
        f.save();
        f = new FLAC(newPath);
        assertEquals(c2 - c1, f.metadataBlocks().size());
    }

    @Test
    void testIgnoreId3() throws IOException {
        byte[] id3 = FlacTestSupport.id3v2("id3 title");
        Files.write(newPath, FlacTestSupport.concat(id3, TestFiles.bytes(sample)));
        FLAC f = new FLAC(newPath);
        f.put("title", "vc title");
        f.save();
        assertArrayEquals(id3, Arrays.copyOf(TestFiles.bytes(newPath), id3.length));
        f = new FLAC(newPath);
        assertEquals(List.of("vc title"), f.get("title"));
    }

    @Test
    void testDeleteId3() throws IOException {
        Files.write(newPath, FlacTestSupport.concat(FlacTestSupport.id3v2("id3 title"), TestFiles.bytes(sample),
                FlacTestSupport.id3v1("id3 title")));
        FLAC f = new FLAC(newPath);
        f.put("title", "vc title");
        f.save(true, null);
        byte[] data = TestFiles.bytes(newPath);
        assertArrayEquals(FlacTestSupport.latin1("fLaC"), Arrays.copyOf(data, 4));
        assertFalse(Arrays.equals(FlacTestSupport.latin1("TAG"), Arrays.copyOfRange(data, data.length - 128,
                data.length - 125)));
        f = new FLAC(newPath);
        assertEquals(List.of("vc title"), f.get("title"));
    }

    @Test
    void testSaveOnMp3() {
        Path mp3 = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        assertThrows(FLACError.class, () -> flac.save(mp3, false, null));
    }

    @Test
    void testMime() {
        assertTrue(flac.mime().contains("audio/x-flac"));
        assertEquals(List.of("audio/flac", "audio/x-flac", "application/x-flac", "application/octet-stream"),
                flac.mime());
    }

    @Test
    void testVariableBlockSize() throws MutagenError {
        assertNotNull(new FLAC(TestFiles.corpus("variable-block.flac")).info());
    }

    @Test
    void testLoadFlacWithApplicationBlock() throws MutagenError {
        FLAC f = new FLAC(TestFiles.corpus("flac_application.flac"));
        assertTrue(f.metadataBlocks().stream().anyMatch(b -> b instanceof Application));
    }

    // Beyond the Python suite.

    @Test
    void tagsIsSameObjectAsBlock() {
        assertSame(flac.tags(), flac.metadataBlocks().get(2));
    }

    @Test
    void infoAttributes() {
        assertEquals("{min_blocksize=4608, max_blocksize=4608, min_framesize=633, max_framesize=1323, "
                + "sample_rate=44100, channels=2, bits_per_sample=16, total_samples=162496, length=3.684716553287982, "
                + "md5_signature=131021685660704584182193358292653525527, code=0, bitrate=101430}",
                flac.info().attributes().toString());
    }
}
