// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_optimfrog.py::TOptimFROG
package mutagen.optimfrog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OptimFROGTest {
    OptimFROG ofr;
    OptimFROG ofs;
    OptimFROG ofr5100;
    OptimFROG ofs5100;

    @BeforeEach
    void setUp() throws IOException {
        ofr = new OptimFROG(TestFiles.corpus("empty.ofr"));
        ofs = new OptimFROG(TestFiles.corpus("empty.ofs"));
        ofr5100 = new OptimFROG(TestFiles.corpus("silence-2s-44100-16.ofr"));
        ofs5100 = new OptimFROG(TestFiles.corpus("silence-2s-44100-16.ofs"));
    }

    OptimFROG[] all() {
        return new OptimFROG[] {ofr, ofs, ofr5100, ofs5100};
    }

    @Test
    void testChannels() {
        for (OptimFROG f : all()) {
            assertEquals(2, f.info().channels());
        }
    }

    @Test
    void testSampleRate() {
        for (OptimFROG f : all()) {
            assertEquals(44100, f.info().sampleRate());
        }
    }

    @Test
    void testBitsPerSample() {
        for (OptimFROG f : all()) {
            assertEquals(16, f.info().bitsPerSample());
        }
    }

    @Test
    void testLength() {
        assertEquals(3.68, ofr.info().length(), 0.005);
        assertEquals(3.68, ofs.info().length(), 0.005);
        assertEquals(2.0, ofr5100.info().length(), 0.005);
        assertEquals(2.0, ofs5100.info().length(), 0.005);
    }

    @Test
    void testEncoderInfo() {
        assertEquals("4.520", ofr.info().encoderInfo());
        assertEquals("4.520", ofs.info().encoderInfo());
        assertEquals("5.100", ofr5100.info().encoderInfo());
        assertEquals("5.100", ofs5100.info().encoderInfo());
    }

    @Test
    void testNotMyFile() {
        assertThrows(OptimFROGHeaderError.class, () -> new OptimFROG(TestFiles.corpus("empty.ogg")));
        assertThrows(OptimFROGHeaderError.class, () -> new OptimFROG(TestFiles.corpus("click.mpc")));
    }

    @Test
    void testPprint() {
        assertEquals("OptimFROG, 3.68 seconds, 44100 Hz (application/octet-stream)", ofr.pprint());
        assertEquals("OptimFROG, 2.00 seconds, 44100 Hz (application/octet-stream)", ofs5100.pprint());
    }
}
