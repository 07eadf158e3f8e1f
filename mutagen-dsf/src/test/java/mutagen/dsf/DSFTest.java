// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.dsf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.PaddingFunction;
import mutagen.id3.Encoding;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TIT2;
import mutagen.id3.TextFrame;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_dsf.py::TDSF
class DSFTest {
    @TempDir
    Path dir;
    Path filename1;

    @BeforeEach
    void setUp() throws IOException {
        filename1 = Files.copy(TestFiles.corpus("with-id3.dsf"), dir.resolve("1.dsf"));
    }

    static List<String> title(DSF f) {
        return ((TextFrame) f.get("TIT2")).text();
    }

    // Port of tests/test_dsf.py::TDSF.test_channels, TDSF.test_length, TDSF.test_sampling_frequency,
    // TDSF.test_bits_per_sample
    @Test
    void testInfo() throws IOException {
        DSFInfo a = new DSF(TestFiles.corpus("2822400-1ch-0s-silence.dsf")).info();
        DSFInfo b = new DSF(TestFiles.corpus("5644800-2ch-s01-silence.dsf")).info();
        assertEquals(1, a.channels());
        assertEquals(2, b.channels());
        assertEquals(0, a.length());
        assertEquals(0.01, b.length());
        assertEquals(2822400, a.sampleRate());
        assertEquals(5644800, b.sampleRate());
        assertEquals(1, a.bitsPerSample());
    }

    // Port of tests/test_dsf.py::TDSF.test_notdsf
    @Test
    void testNotdsf() {
        assertThrows(DSFError.class, () -> new DSF(TestFiles.corpus("empty.ofr")));
    }

    // Port of tests/test_dsf.py::TDSF.test_pprint, TDSF.test_mime, TDSF.test_loaded_tags
    @Test
    void testPprintMimeLoadedTags() throws IOException {
        DSF f = new DSF(filename1);
        assertEquals("1 channel DSF @ 1 bits, 2822400 Hz, 0.00 seconds (audio/dsf)\nTIT2=DSF title", f.pprint());
        assertTrue(f.mime().contains("audio/dsf"));
        assertEquals(List.of("DSF title"), title(f));
    }

    // Port of tests/test_dsf.py::TDSF.test_delete, TDSF.test_module_delete, TDSF.test_module_double_delete
    @Test
    void testDelete() throws IOException {
        DSF f = new DSF(filename1);
        f.delete();
        assertNull(f.tags());
        assertNull(new DSF(filename1).tags());
        DSF.deleteFrom(filename1);
        DSF.deleteFrom(filename1);
        assertNull(new DSF(filename1).tags());
    }

    // Port of tests/test_dsf.py::TDSF.test_add_tags_already_there
    @Test
    void testAddTagsAlreadyThere() throws IOException {
        assertThrows(DSFError.class, new DSF(filename1)::addTags);
    }

    // Port of tests/test_dsf.py::TDSF.test_roundtrip, TDSF.test_save_tags
    @Test
    void testRoundtripAndSaveTags() throws IOException {
        DSF f = new DSF(filename1);
        f.save();
        assertEquals(List.of("DSF title"), title(new DSF(filename1)));
        f.tags().add(new TIT2(Encoding.UTF8, "foobar"));
        f.tags().save();
        assertEquals(List.of("foobar"), title(new DSF(filename1)));
        try (FileSource src = FileSource.open(filename1)) {
            assertEquals(Files.size(filename1), new DSFFile(src).dsdChunk().totalSize());
        }
    }

    // Port of tests/test_dsf.py::TDSF.test_corrupt_tag
    @Test
    void testCorruptTag() throws IOException {
        try (FileSource src = FileSource.openWritable(filename1)) {
            long at = new DSFFile(src).dsdChunk().metadataOffset();
            src.write(at + 4, new byte[] {(byte) 0xff, (byte) 0xff});
            src.commit();
        }
        assertThrows(DSFError.class, () -> new DSF(filename1));
    }

    // Port of tests/test_dsf.py::TDSF.test_padding
    @Test
    void testPadding() throws IOException {
        new DSF(filename1).save();
        assertEquals(1024, new DSF(filename1).tags().padding());
        new DSF(filename1).save();
        assertEquals(1024, new DSF(filename1).tags().padding());
        for (long p : new long[] {1, 100}) {
            PaddingFunction fn = info -> p;
            new DSF(filename1).save(ID3SaveOptions.defaults().withPadding(fn));
            assertEquals(p, new DSF(filename1).tags().padding());
        }
        DSF f = new DSF(filename1);
        assertThrows(DSFError.class, () -> f.save(ID3SaveOptions.defaults().withPadding(info -> -1)));
    }

    // Port of tests/test_dsf.py::TDSF.test_pprint_no_tags, TDSF.test_save_no_tags (mutagen sets tags to None on a
    // tagged file; a file without a tag is the same state here): pprint still prints the stream, save writes nothing
    @Test
    void testPprintAndSaveNoTags() throws IOException {
        Path f = Files.copy(TestFiles.corpus("without-id3.dsf"), dir.resolve("2.dsf"));
        byte[] before = Files.readAllBytes(f);
        DSF d = new DSF(f);
        assertNull(d.tags());
        assertEquals("1 channel DSF @ 1 bits, 2822400 Hz, 0.00 seconds (audio/dsf)", d.pprint());
        d.save();
        assertNull(d.tags());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(f)));
    }

    @Test
    void testSaveDeclinesAPointerInsideTheData() throws IOException {
        byte[] b = Files.readAllBytes(filename1);
        b[20] = 80; // the metadata pointer: the data chunk's header (mutagen would write the tag over it)
        Files.write(filename1, b);
        DSF f = new DSF(filename1);
        f.addTags();
        f.put("TIT2", new TIT2(Encoding.UTF8, "lost"));
        DSFError e = assertThrows(DSFError.class, f::save);
        assertEquals("the ID3 tag would start at byte 80, inside the data chunk (which ends at byte 92): it would"
                + " overwrite the audio or the headers", e.getMessage());
        assertTrue(java.util.Arrays.equals(b, Files.readAllBytes(filename1)));
    }

    @Test
    void testSaveRewritesATagInsideAClaimedDataChunk() throws IOException {
        byte[] b = Files.readAllBytes(filename1);
        b[84 + 6] = 1; // the data chunk's size field: now it claims far more bytes than the file holds (past the tag)
        Files.write(filename1, b);
        DSF f = new DSF(filename1);
        f.put("TIT2", new TIT2(Encoding.UTF8, "kept"));
        f.save(); // the old tag at the pointer is rewritten, as mutagen does
        assertEquals(List.of("kept"), title(new DSF(filename1)));
    }
}
