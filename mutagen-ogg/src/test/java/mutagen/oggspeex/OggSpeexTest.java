// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggspeex;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

// Port of tests/test_oggspeex.py::TOggSpeex
class OggSpeexTest extends OggFileTypeTestBase {

    @Override
    protected String sample() {
        return "empty.spx";
    }

    @Override
    protected OggFileType<?, ?> open(Path path) throws IOException {
        return new OggSpeex(path);
    }

    @Override
    protected long padding(OggFileType<?, ?> file) {
        return ((OggSpeex) file).tags().padding();
    }

    private OggSpeex speex() {
        return (OggSpeex) audio;
    }

    @Test
    void testModuleDelete() throws IOException {
        OggSpeex.deleteFrom(filename);
        scanFile();
        assertTrue(new OggSpeex(filename).keys().isEmpty());
    }

    @Test
    void testChannels() {
        assertEquals(2, speex().info().channels());
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, speex().info().sampleRate());
    }

    @Test
    void testBitrate() {
        assertEquals(0, speex().info().bitrate());
    }

    @Test
    void testInvalidNotFirst() throws IOException {
        OggPage page;
        try (FileSource source = FileSource.open(filename)) {
            page = OggPage.read(source, 0);
        }
        page.first(false);
        assertThrows(OggSpeexError.class, () -> OggSpeexInfo.read(FileSource.of(page.write(), "")));
    }

    @Test
    void testVendor() {
        assertTrue(speex().tags().vendor().startsWith("Encoded with Speex 1.1.12"));
        assertNull(speex().tags().get("vendor"));
    }

    @Test
    void testNotMyOgg() throws IOException {
        Path fn = TestFiles.tempCopy(TestFiles.corpus("empty.oggflac"), tmp);
        assertThrows(OggSpeexError.class, () -> new OggSpeex(fn));
        assertThrows(OggSpeexError.class, () -> audio.save(fn));
        assertThrows(OggSpeexError.class, () -> audio.delete(fn));
    }

    @Test
    void testMultiplexedInHeaders() throws IOException {
        Files.copy(TestFiles.corpus("multiplexed.spx"), filename, StandardCopyOption.REPLACE_EXISTING);
        OggSpeex s = new OggSpeex(filename);
        s.tags().put("foo", List.of("bar"));
        s.save();
        assertEquals(List.of("bar"), new OggSpeex(filename).tags().get("foo"));
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("audio/x-speex"));
    }

    @Test
    void testInitPadding() {
        assertEquals(0, speex().tags().padding());
    }
}
