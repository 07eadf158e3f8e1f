// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_smf.py::TSMF
package mutagen.smf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SMFTest {
    SMF audio;

    @BeforeEach
    void setUp() throws IOException {
        audio = new SMF(TestFiles.corpus("sample.mid"));
    }

    @Test
    void testLength() {
        assertEquals(127.997, audio.info().length(), 0.005);
        assertEquals(127.99791666666667, audio.info().length());
    }

    @Test
    void testNotMyFile() {
        assertThrows(SMFError.class, () -> new SMF(TestFiles.corpus("empty.ogg")));
    }

    @Test
    void testPprint() {
        assertEquals("SMF, 128.00 seconds (audio/midi)", audio.pprint());
        assertEquals("SMF, 128.00 seconds", audio.info().pprint());
    }

    @Test
    void testMime() {
        assertTrue(audio.mime().contains("audio/x-midi"));
        assertTrue(audio.mime().contains("audio/midi"));
    }
}
