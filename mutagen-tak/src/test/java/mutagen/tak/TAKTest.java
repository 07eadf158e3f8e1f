// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_tak.py::TTAK
package mutagen.tak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TAKTest {
    TAK takNoTags;
    TAK takTags;

    @BeforeEach
    void setUp() throws IOException {
        takNoTags = new TAK(TestFiles.corpus("silence-44-s.tak"));
        takTags = new TAK(TestFiles.corpus("has-tags.tak"));
    }

    @Test
    void testChannels() {
        assertEquals(2, takNoTags.info().channels());
        assertEquals(2, takTags.info().channels());
    }

    @Test
    void testLength() {
        assertEquals(3.68, takNoTags.info().length(), 0.009);
        assertEquals(0.08, takTags.info().length(), 0.009);
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, takNoTags.info().sampleRate());
        assertEquals(44100, takTags.info().sampleRate());
    }

    @Test
    void testBitsPerSample() {
        assertEquals(16, takNoTags.info().bitsPerSample());
        assertEquals(16, takTags.info().bitsPerSample());
    }

    @Test
    void testEncoderInfo() {
        assertEquals("TAK 2.3.0", takNoTags.info().encoderInfo());
        assertEquals("TAK 2.3.0", takTags.info().encoderInfo());
    }

    @Test
    void testNotMyFile() {
        assertThrows(TAKHeaderError.class, () -> new TAK(TestFiles.corpus("empty.ogg")));
        assertThrows(TAKHeaderError.class, () -> new TAK(TestFiles.corpus("click.mpc")));
    }

    @Test
    void testMime() {
        assertTrue(takNoTags.mime().contains("audio/x-tak"));
    }

    @Test
    void testPprint() {
        assertFalse(takNoTags.pprint().isEmpty());
        assertFalse(takTags.pprint().isEmpty());
        assertEquals("TAK 2.3.0, 44100 Hz, 16 bits, 3.68 seconds, 2 channel(s) (audio/x-tak)", takNoTags.pprint());
    }

    @Test
    void testFuzzOnlyEnd() {
        TAKHeaderError e = assertThrows(TAKHeaderError.class,
                () -> new TAK(FileSource.of(new byte[] {'t', 'B', 'a', 'K', 0, 0, 0, 0}, "")));
        assertEquals("missing stream info", e.getMessage());
    }
}
