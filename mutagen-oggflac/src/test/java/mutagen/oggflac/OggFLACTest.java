// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mutagen.ogg.OggError;
import mutagen.ogg.OggFileType;
import mutagen.ogg.OggPage;
import mutagen.ogg.testing.OggFileTypeTestBase;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

// Port of tests/test_oggflac.py::TOggFLAC
class OggFLACTest extends OggFileTypeTestBase {
    private static final Path FLAC = Path.of("/usr/bin/flac");

    @Override
    protected String sample() {
        return "empty.oggflac";
    }

    @Override
    protected OggFileType<?, ?> open(Path path) throws IOException {
        return new OggFLAC(path);
    }

    /** The bytes after the comment in the file's comment packet (mutagen keeps none: PADDING_SUPPORT = False). */
    @Override
    protected long padding(OggFileType<?, ?> file) {
        try (FileSource source = FileSource.open(file.filename())) {
            OggFLACStreamInfo info = OggFLACStreamInfo.read(source);
            OggPage page = OggPage.read(source, info.headerEnd());
            List<OggPage> pages = new ArrayList<>(List.of(page));
            while (!pages.get(pages.size() - 1).complete()) {
                pages.add(OggPage.read(source, pages.get(pages.size() - 1).end()));
            }
            byte[] packet = OggPage.toPackets(pages).get(0);
            return packet.length - 4 - ((OggFLAC) file).tags().write(false).length;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private OggFLAC flac() {
        return (OggFLAC) audio;
    }

    private byte[] firstPage() throws IOException {
        try (FileSource source = FileSource.open(filename)) {
            return OggPage.read(source, 0).write();
        }
    }

    private static byte[] replaceFirst(byte[] data, String from, String to) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        return s.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Runs {@code flac --ogg -t} on the file (Debian's flac is installed where these tests run). */
    private void flacTest() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(FLAC), "flac is not installed: apt-get install flac");
        Process p = new ProcessBuilder(FLAC.toString(), "--ogg", "-t", "-s", filename.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
    }

    @Test
    void testVendor() {
        assertTrue(flac().tags().vendor().startsWith("reference libFLAC"));
        assertNull(flac().tags().get("vendor"));
    }

    @Test
    void testStreaminfoBadMarker() throws IOException {
        byte[] page = replaceFirst(firstPage(), "fLaC", "!fLa");
        OggFLACError e = assertThrows(OggFLACError.class, () -> OggFLACStreamInfo.read(FileSource.of(page, "")));
        assertEquals("invalid FLAC marker (b'!fLa')", e.getMessage());
    }

    @Test
    void testStreaminfoTooShort() throws IOException {
        byte[] page = java.util.Arrays.copyOf(firstPage(), 10);
        assertThrows(OggError.class, () -> OggFLACStreamInfo.read(FileSource.of(page, "")));
    }

    @Test
    void testStreaminfoBadVersion() throws IOException {
        byte[] page = replaceFirst(firstPage(), "\u0001\u0000", "\u0002\u0000");
        OggFLACError e = assertThrows(OggFLACError.class, () -> OggFLACStreamInfo.read(FileSource.of(page, "")));
        assertEquals("unknown mapping version: 2.0", e.getMessage());
    }

    @Test
    void testFlacReferenceSimpleSave() throws Exception {
        audio.save();
        scanFile();
        flacTest();
    }

    @Test
    void testFlacReferenceReallyBig() throws Exception {
        testReallyBig();
        audio.save();
        scanFile();
        flacTest();
    }

    @Test
    void testModuleDelete() throws IOException {
        OggFLAC.deleteFrom(filename);
        scanFile();
        assertTrue(new OggFLAC(filename).keys().isEmpty());
    }

    @Test
    void testFlacReferenceDelete() throws Exception {
        audio.delete();
        scanFile();
        flacTest();
    }

    @Test
    void testFlacReferenceMediumSized() throws Exception {
        audio.put("foobar", "foobar".repeat(1000));
        audio.save();
        scanFile();
        flacTest();
    }

    @Test
    void testFlacReferenceDeleteReadd() throws Exception {
        audio.delete();
        flac().tags().clear();
        audio.put("foobar", "foobar".repeat(1000));
        audio.save();
        scanFile();
        flacTest();
    }

    @Test
    void testNotMyOgg() throws IOException {
        Path fn = TestFiles.tempCopy(TestFiles.corpus("empty.ogg"), tmp);
        assertThrows(OggFLACError.class, () -> new OggFLAC(fn));
        assertThrows(OggFLACError.class, () -> audio.save(fn));
        assertThrows(OggFLACError.class, () -> audio.delete(fn));
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("audio/x-oggflac"));
    }

    @Test
    void testInfoPprint() {
        assertTrue(audio.info().pprint().startsWith("Ogg FLAC"));
    }

    /**
     * Mutagen's TOggFileTypeMixin.test_padding returns at once for Ogg FLAC (PADDING_SUPPORT = False): its writer
     * ignores the padding function. Here: whatever the function asks, the comment packet holds no padding.
     */
    @Override
    @Test
    public void testPadding() throws IOException {
        flac().tags().clear();
        audio.put("foo", List.of("bar"));
        for (int i : new int[] {0, 1, 42, 5000}) {
            flac().save(info -> i);
            OggFileType<?, ?> reread = open(filename);
            assertEquals(0, padding(reread));
            assertEquals(List.of("bar"), reread.get("foo"));
            oggReference(filename);
        }
    }

    /** As {@link #testPadding}: mutagen skips it for Ogg FLAC; saving with padding 0 and deleting give one size. */
    @Override
    @Test
    public void testDeleteRemovePadding() throws IOException {
        flac().tags().clear();
        flac().save(info -> 1000);
        long size = Files.size(filename);
        audio.delete();
        assertEquals(size, Files.size(filename));
    }

    @Test
    void testStreamInfoValues() {
        OggFLACStreamInfo info = flac().info();
        assertEquals(44100, info.sampleRate());
        assertEquals(2, info.channels());
        assertEquals(16, info.bitsPerSample());
        assertEquals(162496, info.totalSamples());
        assertEquals(2, info.packets());
        assertEquals(675696225L, info.serial());
        assertEquals("Ogg FLAC, 3.68 seconds, 44100 Hz", info.pprint());
    }
}
