// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggvorbis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import mutagen.ogg.OggFileType;
import mutagen.ogg.testing.OggFileTypeTestBase;
import mutagen.ogg.OggPage;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import mutagen.vorbis.VCommentDict;
import org.junit.jupiter.api.Test;

// Port of tests/test_oggvorbis.py::TOggVorbis
class OggVorbisTest extends OggFileTypeTestBase {

    @Override
    protected String sample() {
        return "empty.ogg";
    }

    @Override
    protected OggFileType<?, ?> open(Path path) throws IOException {
        return new OggVorbis(path);
    }

    @Override
    protected long padding(OggFileType<?, ?> file) {
        return ((OggVorbis) file).tags().padding();
    }

    private OggVorbis vorbis() {
        return (OggVorbis) audio;
    }

    @Test
    void testModuleDelete() throws IOException {
        OggVorbis.deleteFrom(filename);
        scanFile();
        assertTrue(new OggVorbis(filename).keys().isEmpty());
    }

    @Test
    void testBitrate() {
        assertEquals(112000, vorbis().info().bitrate());
    }

    @Test
    void testChannels() {
        assertEquals(2, vorbis().info().channels());
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, vorbis().info().sampleRate());
    }

    private OggPage firstPage() throws IOException {
        try (FileSource source = FileSource.open(filename)) {
            return OggPage.read(source, 0);
        }
    }

    private static OggVorbisInfo infoOf(OggPage page) throws IOException {
        return OggVorbisInfo.read(FileSource.of(page.write(), ""));
    }

    @Test
    void testInvalidNotFirst() throws IOException {
        OggPage page = firstPage();
        page.first(false);
        assertThrows(OggVorbisError.class, () -> infoOf(page));
    }

    private int bitrateWith(byte[] rates) throws IOException {
        OggPage page = firstPage();
        byte[] packet = page.packets().get(0).clone();
        System.arraycopy(rates, 0, packet, 16, 12);
        page.packets().set(0, packet);
        return infoOf(page).bitrate();
    }

    private static byte[] hex(String h) {
        return java.util.HexFormat.of().parseHex(h);
    }

    @Test
    void testAvgBitrate() throws IOException {
        assertEquals(32768, bitrateWith(hex("00000100" + "00000000" + "00000000")));
    }

    @Test
    void testOverestimatedBitrate() throws IOException {
        assertEquals(65536, bitrateWith(hex("00000100" + "00000001" + "00000000")));
    }

    @Test
    void testUnderestimatedBitrate() throws IOException {
        assertEquals(65536, bitrateWith(hex("00000100" + "01000000" + "00000100")));
    }

    @Test
    void testNegativeBitrate() throws IOException {
        assertEquals(0, bitrateWith(hex("ffffffff" + "ffffffff" + "ffffffff")));
    }

    @Test
    void testVendor() {
        assertTrue(vorbis().tags().vendor().startsWith("Xiph.Org libVorbis"));
        assertNull(vorbis().tags().get("vendor"));
    }

    // Port of tests/test_oggvorbis.py::TOggVorbis.test_vorbiscomment, TOggVorbis.test_vorbiscomment_big,
    // TOggVorbis.test_vorbiscomment_delete, TOggVorbis.test_vorbiscomment_delete_readd (pyogg is replaced by ogginfo)
    @Test
    void testVorbiscomment() throws IOException {
        audio.save();
        oggReference(filename);
        audio.put("foo", "foo".repeat(1 << 16));
        audio.save();
        oggReference(filename);
        assertEquals(audio.get("foo"), new OggVorbis(filename).get("foo"));
        audio.delete();
        oggReference(filename);
        assertTrue(new OggVorbis(filename).keys().isEmpty());
        tags(audio).clear();
        audio.put("foobar", "foobar".repeat(1000));
        audio.save();
        oggReference(filename);
        assertEquals(audio.get("foobar"), new OggVorbis(filename).get("foobar"));
    }

    @Test
    void testHugeTag() throws IOException {
        OggVorbis v = new OggVorbis(TestFiles.corpus("multipagecomment.ogg"));
        assertTrue(v.tags().containsKey("big"));
        assertTrue(v.tags().containsKey("bigger"));
        assertEquals(List.of("foobar".repeat(10000)), v.tags().get("big"));
        assertEquals(List.of("quuxbaz".repeat(10000)), v.tags().get("bigger"));
        scanFile();
    }

    @Test
    void testNotMyOgg() throws IOException {
        Path fn = TestFiles.tempCopy(TestFiles.corpus("empty.oggflac"), tmp);
        assertThrows(OggVorbisError.class, () -> new OggVorbis(fn));
        assertThrows(OggVorbisError.class, () -> audio.save(fn));
        assertThrows(OggVorbisError.class, () -> audio.delete(fn));
    }

    // Port of tests/test_oggvorbis.py::TOggVorbis.test_save_split_setup_packet,
    // TOggVorbis.test_save_split_setup_packet_reference
    @Test
    void testSaveSplitSetupPacket() throws IOException {
        Files.copy(TestFiles.corpus("multipage-setup.ogg"), filename, StandardCopyOption.REPLACE_EXISTING);
        OggVorbis v = new OggVorbis(filename);
        VCommentDict tags = v.tags();
        assertFalse(tags.keys().isEmpty());
        v.save();
        assertEquals(tags, new OggVorbis(filename).tags());
        oggReference(filename);
    }

    @Test
    void testSaveGrownSplitSetupPacketReference() throws IOException {
        Files.copy(TestFiles.corpus("multipage-setup.ogg"), filename, StandardCopyOption.REPLACE_EXISTING);
        OggVorbis v = new OggVorbis(filename);
        v.put("foobar", List.of("quux".repeat(50000)));
        v.save();
        assertEquals(v.tags(), new OggVorbis(filename).tags());
        oggReference(filename);
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("audio/vorbis"));
    }

    @Test
    void testInitPadding() {
        assertEquals(0, vorbis().tags().padding());
    }

    @Test
    void testPprintExact() {
        assertEquals("Ogg Vorbis, 3.68 seconds, 112000 bps (audio/vorbis)", audio.pprint());
    }
}
