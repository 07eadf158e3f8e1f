// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggtheora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mutagen.ogg.OggFileType;
import mutagen.ogg.testing.OggFileTypeTestBase;
import mutagen.ogg.OggPage;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

// Port of tests/test_oggtheora.py::TOggTheora
class OggTheoraTest extends OggFileTypeTestBase {

    @Override
    protected String sample() {
        return "sample.oggtheora";
    }

    @Override
    protected OggFileType<?, ?> open(Path path) throws IOException {
        return new OggTheora(path);
    }

    @Override
    protected long padding(OggFileType<?, ?> file) {
        return ((OggTheora) file).tags().padding();
    }

    private OggPage firstPage() throws IOException {
        try (FileSource source = FileSource.open(filename)) {
            return OggPage.read(source, 0);
        }
    }

    @Test
    void testTheoraBadVersion() throws IOException {
        OggPage page = firstPage();
        byte[] packet = page.packets().get(0).clone();
        packet[7] = 3;
        packet[8] = 0;
        page.packets(new ArrayList<>(List.of(packet)));
        OggTheoraHeaderError e = assertThrows(OggTheoraHeaderError.class,
                () -> OggTheoraInfo.read(FileSource.of(page.write(), "")));
        assertEquals("found Theora version 3.0 != 3.2", e.getMessage());
    }

    @Test
    void testTheoraNotFirstPage() throws IOException {
        OggPage page = firstPage();
        page.first(false);
        assertThrows(OggTheoraError.class, () -> OggTheoraInfo.read(FileSource.of(page.write(), "")));
    }

    @Test
    void testVendor() {
        assertTrue(((OggTheora) audio).tags().vendor().startsWith("Xiph.Org libTheora"));
        assertNull(((OggTheora) audio).tags().get("vendor"));
    }

    @Test
    void testNotMyOgg() throws IOException {
        Path fn = TestFiles.tempCopy(TestFiles.corpus("empty.ogg"), tmp);
        assertThrows(OggTheoraError.class, () -> new OggTheora(fn));
        assertThrows(OggTheoraError.class, () -> audio.save(fn));
        assertThrows(OggTheoraError.class, () -> audio.delete(fn));
    }

    @Test
    @Override
    public void testLength() {
        assertEquals(5.5, audio.info().length(), 0.05);
        try {
            assertEquals(0.75, new OggTheora(TestFiles.corpus("sample_length.oggtheora")).info().length(), 0.005);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void testBitrate() throws IOException {
        assertEquals(16777215, new OggTheora(TestFiles.corpus("sample_bitrate.oggtheora")).info().bitrate());
    }

    @Test
    void testModuleDelete() throws IOException {
        OggTheora.deleteFrom(filename);
        scanFile();
        assertTrue(new OggTheora(filename).keys().isEmpty());
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("video/x-theora"));
    }

    @Test
    void testInitPadding() {
        assertEquals(0, ((OggTheora) audio).tags().padding());
    }
}
