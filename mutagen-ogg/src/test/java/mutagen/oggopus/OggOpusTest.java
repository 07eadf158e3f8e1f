// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggopus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mutagen.ogg.OggFileType;
import mutagen.ogg.testing.OggFileTypeTestBase;
import mutagen.ogg.OggPage;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

// Port of tests/test_oggopus.py::TOggOpus
class OggOpusTest extends OggFileTypeTestBase {

    @Override
    protected String sample() {
        return "example.opus";
    }

    @Override
    protected OggFileType<?, ?> open(Path path) throws IOException {
        return new OggOpus(path);
    }

    @Override
    protected long padding(OggFileType<?, ?> file) {
        return ((OggOpus) file).tags().padding();
    }

    private OggOpus opus() {
        return (OggOpus) audio;
    }

    @Test
    @Override
    public void testLength() {
        assertEquals(11.35, audio.info().length(), 0.005);
    }

    @Test
    void testMisc() {
        assertEquals(1, opus().info().channels());
        assertTrue(opus().tags().vendor().startsWith("libopus"));
    }

    @Test
    void testModuleDelete() throws IOException {
        OggOpus.deleteFrom(filename);
        scanFile();
        assertTrue(new OggOpus(filename).keys().isEmpty());
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("audio/ogg"));
        assertTrue(audio.mime().contains("audio/ogg; codecs=opus"));
    }

    private OggPage firstPage() throws IOException {
        try (FileSource source = FileSource.open(filename)) {
            return OggPage.read(source, 0);
        }
    }

    @Test
    void testInvalidNotFirst() throws IOException {
        OggPage page = firstPage();
        page.first(false);
        assertThrows(OggOpusError.class, () -> OggOpusInfo.read(FileSource.of(page.write(), "")));
    }

    @Test
    void testUnsupportedVersion() throws IOException {
        OggPage page = firstPage();
        byte[] data = page.packets().get(0).clone();
        data[8] = 0x03;
        page.packets().set(0, data);
        OggOpusInfo.read(FileSource.of(page.write(), ""));
        data[8] = 0x10;
        OggOpusHeaderError e = assertThrows(OggOpusHeaderError.class,
                () -> OggOpusInfo.read(FileSource.of(page.write(), "")));
        assertEquals("version 1 unsupported", e.getMessage());
    }

    @Test
    void testPreserveNonPadding() throws IOException {
        audio.put("FOO", List.of("BAR"));
        audio.save();
        byte[] extra = {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef};
        try (FileSource f = FileSource.openWritable(filename)) {
            OggPage header = OggPage.read(f, 0);
            OggPage page = OggPage.read(f, header.end());
            byte[] data = OggPage.toPackets(List.of(page)).get(0);
            int end = data.length;
            while (end > 0 && data[end - 1] == 0) {
                end--;
            }
            byte[] changed = Arrays.copyOf(data, end + 1 + extra.length);
            changed[end] = 1;
            System.arraycopy(extra, 0, changed, end + 1, extra.length);
            OggPage.replace(f, List.of(page), OggPage.fromPackets(List.of(changed), page.sequence()));
            f.commit();
        }
        new OggOpus(filename).save();
        try (FileSource f = FileSource.open(filename)) {
            OggPage header = OggPage.read(f, 0);
            byte[] data = OggPage.toPackets(List.of(OggPage.read(f, header.end()))).get(0);
            byte[] tail = Arrays.copyOfRange(data, data.length - 5, data.length);
            assertArrayEquals(new byte[] {1, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}, tail);
        }
        assertEquals(0, new OggOpus(filename).tags().padding());
    }

    @Test
    void testInitPadding() {
        assertEquals(196, opus().tags().padding());
    }

    @Test
    void testPprint() {
        assertEquals("Ogg Opus, 11.35 seconds, 45243 bps", audio.info().pprint());
    }

    @Test
    void testBitrate() {
        assertEquals(45243, opus().info().bitrate());
    }

    @Test
    void testBitrateStableAfterTagChange() throws IOException {
        long before = opus().info().bitrate();
        assertNotEquals(0, before);
        audio.put("ARTIST", List.of("Test Artist"));
        audio.put("ALBUM", List.of("Test Album"));
        audio.put("TITLE", List.of("Test Title"));
        audio.save(info -> 0);
        assertEquals(before, new OggOpus(filename).info().bitrate());
    }

    @Test
    void testBitrateStableWithLargeMetadata() throws IOException {
        long initial = opus().info().bitrate();
        assertNotEquals(0, initial);
        String large = "x".repeat(50000);
        audio.put("COMMENT", List.of(large));
        audio.put("DESCRIPTION", List.of(large));
        audio.put("CUSTOM", List.of(large));
        audio.save(info -> 0);
        OggOpus big = new OggOpus(filename);
        assertEquals(initial, big.info().bitrate());
        big.put("COMMENT", List.of("small"));
        big.remove("DESCRIPTION");
        big.remove("CUSTOM");
        big.save(info -> 0);
        assertEquals(initial, new OggOpus(filename).info().bitrate());
    }
}
