// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Port of tests/test_aac.py::TADIF
class ADIFTest extends AACTestBase {
    @Override
    String sample() {
        return "adif.aac";
    }

    @Test
    void testChannels() {
        assertEquals(2, aac.info().channels());
        assertEquals(2, aacId3.info().channels());
    }

    @Test
    void testBitrate() {
        assertEquals(128000, aac.info().bitrate());
        assertEquals(128000, aacId3.info().bitrate());
        assertEquals(128000, aac.info().attributes().get("bitrate"), "an int in mutagen");
    }

    @Test
    void testSampleRate() {
        assertEquals(48000, aac.info().sampleRate());
        assertEquals(48000, aacId3.info().sampleRate());
    }

    @Test
    void testLength() {
        assertEquals(0.25, aac.info().length(), 0.005);
        assertEquals(0.25, aacId3.info().length(), 0.005);
    }

    @Test
    void testPprintType() {
        // Port of tests/test_aac.py::TADIF.test_pprint (the type part)
        assertTrue(aac.pprint().contains("ADIF"));
        assertEquals("AAC (ADIF), 48000 Hz, 0.25 seconds, 2 channel(s), 128000 bps (audio/x-aac)", aac.pprint());
    }
}
