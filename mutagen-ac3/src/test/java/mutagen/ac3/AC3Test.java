// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_ac3.py::TAC3
package mutagen.ac3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AC3Test {
    AC3 ac3;
    AC3 eac3;

    @BeforeEach
    void setUp() throws IOException {
        ac3 = new AC3(TestFiles.corpus("silence-44-s.ac3"));
        eac3 = new AC3(TestFiles.corpus("silence-44-s.eac3"));
    }

    @Test
    void testChannels() {
        assertEquals(2, ac3.info().channels());
        assertEquals(2, eac3.info().channels());
    }

    @Test
    void testBitrate() {
        assertEquals(192000, ac3.info().bitrate());
        assertEquals(192000, eac3.info().bitrate(), 500);
        assertEquals(191559, eac3.info().bitrate());
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, ac3.info().sampleRate());
        assertEquals(44100, eac3.info().sampleRate());
    }

    @Test
    void testLength() {
        assertEquals(3.70, ac3.info().length(), 0.009);
        assertEquals(3.70, eac3.info().length(), 0.009);
        assertEquals(3.6915416666666667, ac3.info().length());
        assertEquals(3.700123721673218, eac3.info().length());
    }

    @Test
    void testType() {
        assertEquals("ac-3", ac3.info().codec());
        assertEquals("ec-3", eac3.info().codec());
    }

    @Test
    void testNotMyFile() {
        assertThrows(AC3Error.class, () -> new AC3(TestFiles.corpus("empty.ogg")));
        assertThrows(AC3Error.class, () -> new AC3(TestFiles.corpus("silence-44-s.mp3")));
    }

    @Test
    void testPprint() {
        assertTrue(ac3.pprint().contains("ac-3"));
        assertTrue(eac3.pprint().contains("ec-3"));
        assertEquals("ac-3, 44100 Hz, 3.69 seconds, 2 channel(s), 192000 bps (audio/ac3)", ac3.pprint());
        assertEquals("ec-3, 44100 Hz, 3.70 seconds, 2 channel(s), 191559 bps (audio/ac3)", eac3.pprint());
    }

    @Test
    void testFuzzExtraBitstreamInfo() {
        byte[] data = {0x0b, 'w', 'I', 'I', 0, 0, (byte) 0xe3, (byte) 0xe3, '/', '/'};
        AC3Error e = assertThrows(AC3Error.class, () -> new AC3(FileSource.of(data, "")));
        assertEquals("not enough data", e.getMessage());
    }
}
