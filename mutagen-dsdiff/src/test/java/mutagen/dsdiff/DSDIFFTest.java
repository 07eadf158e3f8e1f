// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import mutagen.iff.IffError;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_dsdiff.py::TDSDIFF
class DSDIFFTest {
    @TempDir
    Path dir;

    static DSDIFF open(String name) throws IOException {
        return new DSDIFF(TestFiles.corpus(name));
    }

    // Port of tests/test_dsdiff.py::TDSDIFF.test_channels, TDSDIFF.test_length, TDSDIFF.test_sampling_frequency,
    // TDSDIFF.test_bits_per_sample, TDSDIFF.test_bitrate
    @Test
    void testInfo() throws IOException {
        DSDIFFInfo a = open("2822400-1ch-0s-silence.dff").info();
        DSDIFFInfo b = open("5644800-2ch-s01-silence.dff").info();
        DSDIFFInfo dst = open("5644800-2ch-s01-silence-dst.dff").info();
        assertEquals(1, a.channels());
        assertEquals(2, b.channels());
        assertEquals(2, dst.channels());
        assertEquals(0, a.length());
        assertEquals(0.01, b.length());
        assertEquals(0, dst.length());
        assertEquals(2822400, a.sampleRate());
        assertEquals(5644800, b.sampleRate());
        assertEquals(5644800, dst.sampleRate());
        assertEquals(1, a.bitsPerSample());
        assertEquals(2822400L, a.bitrate());
        assertEquals(11289600L, b.bitrate());
        assertEquals(0, dst.bitrate().intValue());
        assertEquals("DST", dst.compression());
    }

    // Port of tests/test_dsdiff.py::TDSDIFF.test_notdsf
    @Test
    void testNotdsf() {
        assertThrows(IffError.class, () -> open("2822400-1ch-0s-silence.dsf"));
    }

    // Port of tests/test_dsdiff.py::TDSDIFF.test_pprint, TDSDIFF.test_mime
    @Test
    void testPprintAndMime() throws IOException {
        assertEquals("1 channel DSDIFF (DSD) @ 2822400 bps, 2822400 Hz, 0.00 seconds (audio/x-dff)",
                open("2822400-1ch-0s-silence.dff").pprint());
        assertTrue(open("2822400-1ch-0s-silence.dff").mime().contains("audio/x-dff"));
    }

    // Port of tests/test_dsdiff.py::TDSDIFF.test_save_tags, TDSDIFF.test_update_tags, TDSDIFF.test_delete_tags
    @Test
    void testSaveUpdateDeleteTags() throws IOException {
        Path p = Files.copy(TestFiles.corpus("5644800-2ch-s01-silence.dff"), dir.resolve("1.dff"));
        DSDIFF f = new DSDIFF(p);
        f.addTags();
        f.tags().add(new TIT1(Encoding.UTF8, "foobar"));
        f.tags().save(p);
        DSDIFF again = new DSDIFF(p);
        assertEquals(List.of("foobar"), ((TextFrame) again.get("TIT1")).text());
        again.tags().add(new TIT1(Encoding.UTF8, "other"));
        again.tags().save();
        assertEquals(List.of("other"), ((TextFrame) new DSDIFF(p).get("TIT1")).text());
        new DSDIFF(p).tags().delete();
        assertNull(new DSDIFF(p).tags());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(TestFiles.corpus("5644800-2ch-s01-silence.dff")),
                Files.readAllBytes(p)));
    }
}
