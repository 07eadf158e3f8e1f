// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_trueaudio.py::TTrueAudio
package mutagen.trueaudio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.id3.Encoding;
import mutagen.id3.TIT1;
import mutagen.id3.TextFrame;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrueAudioTest {
    @TempDir
    Path tmp;

    TrueAudio audio;

    @BeforeEach
    void setUp() throws IOException {
        audio = new TrueAudio(TestFiles.corpus("empty.tta"));
    }

    @Test
    void testTags() {
        assertNull(audio.tags());
    }

    @Test
    void testLength() {
        assertEquals(3.7, audio.info().length(), 0.05);
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, audio.info().sampleRate());
    }

    @Test
    void testNotMyFile() {
        assertThrows(TrueAudioError.class, () -> new TrueAudio(TestFiles.corpus("empty.ogg")));
    }

    // mutagen deletes from the shared test file; here a copy, which must come out unchanged (it has no tags).
    @Test
    void testModuleDelete() throws IOException {
        Path copy = TestFiles.tempCopy(TestFiles.corpus("empty.tta"), tmp);
        TrueAudio.deleteFrom(copy);
        assertArrayEquals(TestFiles.bytes(TestFiles.corpus("empty.tta")), Files.readAllBytes(copy));
    }

    @Test
    void testDelete() throws IOException {
        TrueAudio copy = new TrueAudio(TestFiles.tempCopy(TestFiles.corpus("empty.tta"), tmp));
        copy.delete();
        assertNull(copy.tags());
    }

    @Test
    void testPprint() {
        assertFalse(audio.pprint().isEmpty());
        assertEquals("True Audio, 3.68 seconds, 44100 Hz. (audio/x-tta)", audio.pprint());
    }

    @Test
    void testSaveReload() throws IOException {
        Path filename = TestFiles.tempCopy(TestFiles.corpus("empty.tta"), tmp);
        TrueAudio a = new TrueAudio(filename);
        a.addTags();
        a.id3().add(new TIT1(Encoding.LATIN1, "A Title"));
        a.save();
        a = new TrueAudio(filename);
        assertEquals(List.of("A Title"), ((TextFrame) a.get("TIT1")).text());
        assertEquals(3.68, a.info().length(), 0.005);
    }

    @Test
    void testZeroSampleRate() throws IOException {
        byte[] header = {'T', 'T', 'A', ' ', ' ', 0, 'A', 'D', (byte) 0xa0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xfe, '3'};
        assertEquals(0.0, new TrueAudio(FileSource.of(header, "")).info().length());
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("audio/x-tta"));
    }
}
