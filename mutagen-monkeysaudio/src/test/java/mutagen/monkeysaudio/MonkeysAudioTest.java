// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_monkeysaudio.py::TMonkeysAudio
package mutagen.monkeysaudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonkeysAudioTest {
    MonkeysAudio mac399;
    MonkeysAudio mac396;
    MonkeysAudio mac390;

    @BeforeEach
    void setUp() throws IOException {
        mac399 = new MonkeysAudio(TestFiles.corpus("mac-399.ape"));
        mac396 = new MonkeysAudio(TestFiles.corpus("mac-396.ape"));
        mac390 = new MonkeysAudio(TestFiles.corpus("mac-390-hdr.ape"));
    }

    @Test
    void testChannels() {
        assertEquals(2, mac399.info().channels());
        assertEquals(2, mac396.info().channels());
        assertEquals(2, mac390.info().channels());
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, mac399.info().sampleRate());
        assertEquals(44100, mac396.info().sampleRate());
        assertEquals(44100, mac390.info().sampleRate());
    }

    @Test
    void testLength() {
        assertEquals(3.68, mac399.info().length(), 0.005);
        assertEquals(3.68, mac396.info().length(), 0.005);
        assertEquals(15.63, mac390.info().length(), 0.005);
    }

    @Test
    void testBitsPerSample() {
        assertEquals(16, mac399.info().bitsPerSample());
        assertEquals(16, mac396.info().bitsPerSample());
        assertEquals(16, mac390.info().bitsPerSample());
    }

    @Test
    void testVersion() {
        assertEquals(3.99, mac399.info().version());
        assertEquals(3.96, mac396.info().version());
        assertEquals(3.90, mac390.info().version());
    }

    @Test
    void testNotMyFile() {
        assertThrows(MonkeysAudioHeaderError.class, () -> new MonkeysAudio(TestFiles.corpus("empty.ogg")));
        assertThrows(MonkeysAudioHeaderError.class, () -> new MonkeysAudio(TestFiles.corpus("click.mpc")));
    }

    @Test
    void testMime() {
        assertTrue(mac399.mime().contains("audio/x-ape"));
    }

    @Test
    void testPprint() {
        assertEquals("Monkey's Audio 3.99, 3.68 seconds, 44100 Hz (audio/ape)", mac399.pprint());
        assertEquals("Monkey's Audio 3.96, 3.68 seconds, 44100 Hz (audio/ape)", mac396.pprint());
    }
}
