// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Port of tests/test_aac.py::TADTS
class ADTSTest extends AACTestBase {
    @Override
    String sample() {
        return "empty.aac";
    }

    @Test
    void testChannels() {
        assertEquals(2, aac.info().channels());
        assertEquals(2, aacId3.info().channels());
    }

    @Test
    void testBitrate() {
        assertEquals(3159, aac.info().bitrate());
        assertEquals(3159, aacId3.info().bitrate());
        assertEquals(3159.0, aac.info().attributes().get("bitrate"), "a float in mutagen");
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, aac.info().sampleRate());
        assertEquals(44100, aacId3.info().sampleRate());
    }

    @Test
    void testLength() {
        assertEquals(3.70, aac.info().length(), 0.005);
        assertEquals(3.70, aacId3.info().length(), 0.005);
        assertEquals(3.699109658293332, aac.info().length());
    }

    @Test
    void testPprintType() {
        // Port of tests/test_aac.py::TADTS.test_pprint (the type part)
        assertTrue(aac.pprint().contains("ADTS"));
        assertEquals("AAC (ADTS), 44100 Hz, 3.70 seconds, 2 channel(s), 3159 bps (audio/x-aac)", aac.pprint());
    }
}
