// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WavPackTest {

    // Port of tests/test_wavpack.py::TWavPack
    @Nested
    class Plain {
        WavPack audio;

        @BeforeEach
        void setUp() throws IOException {
            audio = new WavPack(TestFiles.corpus("silence-44-s.wv"));
        }

        @Test
        void testVersion() {
            assertEquals(0x403, audio.info().version());
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
        void testLength() {
            assertEquals(3.68, audio.info().length(), 0.5e-2);
        }

        @Test
        void testPprint() {
            assertTrue(audio.pprint().startsWith("WavPack, "));
        }

        @Test
        void testMime() {
            assertTrue(audio.mime().contains("audio/x-wavpack"));
        }

        @Test
        void testNotMyFile() {
            assertThrows(WavPackHeaderError.class, () -> new WavPack(TestFiles.corpus("empty.ogg")));
        }
    }

    // Port of tests/test_wavpack.py::TWavPackNoLength
    @Nested
    class NoLength {
        WavPack audio;

        @BeforeEach
        void setUp() throws IOException {
            audio = new WavPack(TestFiles.corpus("no_length.wv"));
        }

        @Test
        void testVersion() {
            assertEquals(0x407, audio.info().version());
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
        void testLength() {
            assertEquals(3.705, audio.info().length(), 0.5e-3);
        }

        @Test
        void testPprint() {
            assertTrue(audio.pprint().startsWith("WavPack, "));
        }

        @Test
        void testMime() {
            assertTrue(audio.mime().contains("audio/x-wavpack"));
        }
    }

    // Port of tests/test_wavpack.py::TWavPackDSD
    @Nested
    class Dsd {
        WavPack audio;

        @BeforeEach
        void setUp() throws IOException {
            audio = new WavPack(TestFiles.corpus("dsd.wv"));
        }

        @Test
        void testVersion() {
            assertEquals(0x410, audio.info().version());
        }

        @Test
        void testChannels() {
            assertEquals(2, audio.info().channels());
        }

        @Test
        void testSampleRate() {
            assertEquals(352800, audio.info().sampleRate());
        }

        @Test
        void testBitsPerSample() {
            assertEquals(1, audio.info().bitsPerSample());
        }

        @Test
        void testLength() {
            assertEquals(0.01, audio.info().length(), 0.5e-3);
        }

        @Test
        void testPprint() {
            assertTrue(audio.pprint().startsWith("WavPack, "));
        }

        @Test
        void testMime() {
            assertTrue(audio.mime().contains("audio/x-wavpack"));
        }
    }
}
