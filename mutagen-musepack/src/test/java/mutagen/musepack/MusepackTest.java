// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_musepack.py::TMusepack
package mutagen.musepack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MusepackTest {
    Musepack sv8;
    Musepack sv7;
    Musepack sv5;
    Musepack sv4;

    @BeforeEach
    void setUp() throws IOException {
        sv8 = new Musepack(TestFiles.corpus("sv8_header.mpc"));
        sv7 = new Musepack(TestFiles.corpus("click.mpc"));
        sv5 = new Musepack(TestFiles.corpus("sv5_header.mpc"));
        sv4 = new Musepack(TestFiles.corpus("sv4_header.mpc"));
    }

    static MusepackInfo info(byte[] data) throws IOException {
        return (MusepackInfo) MusepackParser.read(FileSource.of(data, ""));
    }

    @Test
    void testBadHeader() {
        assertThrows(MusepackHeaderError.class, () -> new Musepack(TestFiles.corpus("almostempty.mpc")));
    }

    @Test
    void testChannels() {
        for (Musepack m : new Musepack[] {sv8, sv7, sv5, sv4}) {
            assertEquals(2, m.info().channels());
        }
    }

    @Test
    void testSampleRate() {
        for (Musepack m : new Musepack[] {sv8, sv7, sv5, sv4}) {
            assertEquals(44100, m.info().sampleRate());
        }
    }

    @Test
    void testBitrate() {
        assertEquals(609, sv8.info().bitrate());
        assertEquals(194530, sv7.info().bitrate());
        assertEquals(39, sv5.info().bitrate());
        assertEquals(39, sv4.info().bitrate());
    }

    @Test
    void testLength() {
        assertEquals(1.49, sv8.info().length(), 0.05);
        assertEquals(0.07, sv7.info().length(), 0.005);
        assertEquals(26.3, sv5.info().length(), 0.05);
        assertEquals(26.3, sv4.info().length(), 0.05);
    }

    @Test
    void testGain() {
        assertEquals(-4.668, sv8.info().titleGain(), 0.0005);
        assertEquals(0.5288, sv8.info().titlePeak(), 0.0005);
        assertEquals(sv8.info().titleGain(), sv8.info().albumGain());
        assertEquals(sv8.info().titlePeak(), sv8.info().albumPeak());
        assertEquals(9.27, sv7.info().titleGain(), 0.0000005);
        assertEquals(0.1149, sv7.info().titlePeak(), 0.00005);
        assertEquals(sv7.info().titleGain(), sv7.info().albumGain());
        assertEquals(sv7.info().titlePeak(), sv7.info().albumPeak());
        assertNull(sv5.info().titleGain());
        assertTrue(!sv5.info().attributes().containsKey("title_gain"));
    }

    @Test
    void testNotMyFile() {
        assertThrows(MusepackHeaderError.class, () -> new Musepack(TestFiles.corpus("empty.ogg")));
        assertThrows(MusepackHeaderError.class, () -> new Musepack(TestFiles.corpus("emptyfile.mp3")));
    }

    @Test
    void testAlmostMyFile() {
        byte[] mp = Arrays.copyOf("MP+".getBytes(), 35);
        assertThrows(MusepackHeaderError.class, () -> info(mp));
        assertThrows(MusepackHeaderError.class, () -> info(Arrays.copyOf("MP+".getBytes(), 103)));
        assertThrows(MusepackHeaderError.class, () -> info(Arrays.copyOf("MPCK".getBytes(), 104)));
    }

    @Test
    void testPprint() {
        assertEquals("Musepack SV8, 1.50 seconds, 44100 Hz, 609 bps, Gain: -4.67 (title), -4.67 (album)",
                sv8.info().pprint());
        assertTrue(sv7.pprint().startsWith("Musepack SV7, 0.07 seconds, 44100 Hz, 194530 bps, Gain: +9.27 (title)"));
        assertEquals("Musepack SV5, 26.34 seconds, 44100 Hz, 39 bps", sv5.info().pprint());
        assertEquals("Musepack SV4, 26.34 seconds, 44100 Hz, 39 bps", sv4.info().pprint());
    }

    @Test
    void testMime() {
        assertTrue(sv7.mime().contains("audio/x-musepack"));
    }

    @Test
    void testZeroPaddedShPacket() throws IOException {
        byte[] data = {'M', 'P', 'C', 'K', 'S', 'H', 0x10, (byte) 0x95, ' ', 'Q', (byte) 0xa2, 0x08, (byte) 0x81,
            (byte) 0xb8, (byte) 0xc9, 'T', 0x00, 0x1e, 0x1b, 0x00, 'R', 'G', 0x0c, 0x01, 'A', (byte) 0xcd, 'Y', 0x06,
            '?', (byte) 0x80, 'Z', 0x06, 'E', 'I'};
        MusepackInfo info = info(data);
        assertEquals(2, info.channels());
        assertEquals(3024084L, info.samples());
    }

    /** A packet whose size leads back to its own key: mutagen loops forever, we stop. */
    @Test
    void testPacketSizeGoingBackStops() {
        byte[] data = {'M', 'P', 'C', 'K', 'X', 'X', 0x00, 'S', 'E'};
        assertThrows(MusepackHeaderError.class, () -> info(data));
    }
}
