// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.id3.Encoding;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TIT1;
import mutagen.id3.TRCK;
import mutagen.id3.TSRC;
import mutagen.id3.TXXX;
import mutagen.id3.TextFrame;
import mutagen.iff.InvalidChunk;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_wave.py::TWave
class WAVETest {
    @TempDir
    Path dir;
    WAVE pcm16000;
    WAVE pcm44100;
    Path tmpId3;
    Path tmpNoTags;

    @BeforeEach
    void setUp() throws IOException {
        pcm16000 = new WAVE(TestFiles.corpus("silence-2s-PCM-16000-08-ID3v23.wav"));
        pcm44100 = new WAVE(TestFiles.corpus("silence-2s-PCM-44100-16-ID3v23.wav"));
        tmpId3 = Files.copy(TestFiles.corpus("silence-2s-PCM-16000-08-ID3v23.wav"), dir.resolve("1.wav"));
        tmpNoTags = Files.copy(TestFiles.corpus("silence-2s-PCM-16000-08-notags.wav"), dir.resolve("2.wav"));
    }

    static List<String> text(WAVE f, String key) {
        return ((TextFrame) f.get(key)).text();
    }

    // Port of tests/test_wave.py::TWave.test_channels, TWave.test_sample_rate, TWave.test_number_of_samples,
    // TWave.test_bits_per_sample, TWave.test_bitrate, TWave.test_length
    @Test
    void testInfo() {
        assertEquals(2, pcm16000.info().channels());
        assertEquals(2, pcm44100.info().channels());
        assertEquals(16000, pcm16000.info().sampleRate());
        assertEquals(44100, pcm44100.info().sampleRate());
        assertEquals(32000, pcm16000.info().numberOfSamples());
        assertEquals(88200, pcm44100.info().numberOfSamples());
        assertEquals(8, pcm16000.info().bitsPerSample());
        assertEquals(16, pcm44100.info().bitsPerSample());
        assertEquals(256000L, pcm16000.info().bitrate());
        assertEquals(1411200L, pcm44100.info().bitrate());
        assertEquals(2.0, pcm16000.info().length(), 0.005);
        assertEquals(2.0, pcm44100.info().length(), 0.005);
    }

    // Port of tests/test_wave.py::TWave.test_not_my_file
    @Test
    void testNotMyFile() {
        InvalidChunk e = assertThrows(InvalidChunk.class, () -> new WAVE(TestFiles.corpus("empty.ogg")));
        assertEquals("Root chunk must be a RIFF chunk, got OggS", e.getMessage());
    }

    // Port of tests/test_wave.py::TWave.test_pprint, TWave.test_mime
    @Test
    void testPprintAndMime() {
        assertTrue(pcm44100.pprint().startsWith("2 channel RIFF @ 1411200 bps, 44100 Hz, 2.00 seconds (audio/wav)\n"));
        assertTrue(pcm44100.mime().contains("audio/wav"));
        assertTrue(pcm44100.mime().contains("audio/wave"));
    }

    // Port of tests/test_wave.py::TWave.test_id3_tags, TWave.test_id3_tags_uppercase_chunk
    @Test
    void testId3Tags() {
        for (WAVE f : new WAVE[] {pcm44100, pcm16000}) {
            assertEquals(List.of("Quod Libet Test Data"), text(f, "TALB"));
            assertEquals(List.of("Silence"), text(f, "TCON"));
            assertEquals(List.of("Silence"), text(f, "TIT2"));
            assertEquals(List.of("piman / jzig"), text(f, "TPE1"));
        }
    }

    // Port of tests/test_wave.py::TWave.test_delete
    @Test
    void testDelete() throws IOException {
        WAVE f = new WAVE(tmpId3);
        f.delete();
        assertTrue(f.tags().keys().isEmpty());
        assertNull(new WAVE(tmpId3).tags());
    }

    // Port of tests/test_wave.py::TWave.test_save_no_tags (a file without tags: saving changes nothing)
    @Test
    void testSaveNoTags() throws IOException {
        byte[] before = Files.readAllBytes(tmpNoTags);
        WAVE f = new WAVE(tmpNoTags);
        f.save();
        assertNull(f.tags());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(tmpNoTags)));
    }

    // Port of tests/test_wave.py::TWave.test_add_tags_already_there
    @Test
    void testAddTagsAlreadyThere() throws IOException {
        assertThrows(WAVEError.class, new WAVE(tmpId3)::addTags);
    }

    // Port of tests/test_wave.py::TWave.test_roundtrip
    @Test
    void testRoundtrip() throws IOException {
        WAVE f = new WAVE(tmpId3);
        assertEquals(List.of("Silence"), text(f, "TIT2"));
        f.save();
        assertEquals(List.of("Silence"), text(new WAVE(tmpId3), "TIT2"));
    }

    // Port of tests/test_wave.py::TWave.test_save_tags
    @Test
    void testSaveTags() throws IOException {
        WAVE f = new WAVE(tmpId3);
        f.tags().add(new TIT1(Encoding.UTF8, "foobar"));
        f.tags().save();
        assertEquals(List.of("foobar"), text(new WAVE(tmpId3), "TIT1"));
    }

    // Port of tests/test_wave.py::TWave.test_picard_lifecycle (a subset of Picard's frames)
    @Test
    void testPicardLifecycle() throws IOException {
        WAVE wav = new WAVE(tmpNoTags);
        assertNull(wav.tags());
        wav.addTags();
        WaveID3 id3 = wav.tags();
        id3.add(new TRCK(Encoding.UTF16, "1/10"));
        id3.add(new TXXX(Encoding.UTF16, "MusicBrainz Album Artist Id",
                "3fe817fc-966e-4ece-b00a-76be43e7e73c", "984f8239-8fe1-4683-9c54-10ffb14439e9"));
        id3.add(new TSRC(Encoding.UTF16, "NLB931100460", "USMH51100098"));
        id3.updateToV23();
        id3.save(tmpNoTags, ID3SaveOptions.defaults().withV2Version(3).withV23Sep("/"));
        WAVE again = new WAVE(tmpNoTags);
        assertEquals(List.of("1/10"), text(again, "TRCK"));
        // saved as v2.3 with the "/" separator: multiple values come back joined
        assertEquals(List.of("3fe817fc-966e-4ece-b00a-76be43e7e73c/984f8239-8fe1-4683-9c54-10ffb14439e9"),
                text(again, "TXXX:MusicBrainz Album Artist Id"));
        assertTrue(again.get("TSRC") != null);
    }
}
