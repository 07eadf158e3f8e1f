// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import mutagen.id3.TIT1;
import mutagen.id3.TextFrame;
import mutagen.iff.IffError;
import mutagen.testkit.TestFiles;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_aiff.py::TAIFF
class AIFFTest {
    static final String[] SILENCE = {"11k-1ch-2s-silence.aif", "48k-2ch-s16-silence.aif", "8k-1ch-1s-silence.aif",
        "8k-1ch-3.5s-silence.aif", "8k-4ch-1s-silence.aif"};

    @TempDir
    Path dir;
    Path filename1;
    Path filename2;

    @BeforeEach
    void setUp() throws IOException {
        filename1 = Files.copy(TestFiles.corpus("with-id3.aif"), dir.resolve("1.aif"));
        filename2 = Files.copy(TestFiles.corpus("8k-1ch-1s-silence.aif"), dir.resolve("2.aif"));
    }

    static AIFF open(int i) throws IOException {
        return new AIFF(TestFiles.corpus(SILENCE[i]));
    }

    static List<String> text(AIFF f, String key) {
        return ((TextFrame) f.get(key)).text();
    }

    // Port of tests/test_aiff.py::TAIFF.test_read_float
    @Test
    void testReadFloat() throws IOException {
        byte[] b = {'@', 0x0b, (byte) 0xfa, 0, 0, 0, 0, 0, 0, 0};
        assertEquals(8000.0, AIFFInfo.readFloat(new ByteReader(b, AIFFError::new)));
    }

    // Port of tests/test_aiff.py::TAIFF.test_channels, TAIFF.test_length, TAIFF.test_bitrate,
    // TAIFF.test_sample_rate, TAIFF.test_bits_per_sample, TAIFF.test_sample_size
    @Test
    void testInfo() throws IOException {
        int[] channels = {1, 2, 1, 1, 4};
        double[] length = {2, 0.1, 1, 3.5, 1};
        long[] bitrate = {176400, 1536000, 128000, 128000, 512000};
        long[] rate = {11025, 48000, 8000, 8000, 8000};
        for (int i = 0; i < 5; i++) {
            AIFFInfo info = open(i).info();
            assertEquals(channels[i], info.channels());
            assertEquals(length[i], info.length());
            assertEquals(bitrate[i], info.bitrate());
            assertEquals(rate[i], info.sampleRate());
            assertEquals(16, info.bitsPerSample());
            assertEquals(info.attributes().get("sample_size"), info.attributes().get("bits_per_sample"));
        }
    }

    // Port of tests/test_aiff.py::TAIFF.test_notaiff
    @Test
    void testNotaiff() {
        assertThrows(IffError.class, () -> new AIFF(TestFiles.corpus("empty.ofr")));
    }

    // Port of tests/test_aiff.py::TAIFF.test_pprint, TAIFF.test_mime
    @Test
    void testPprintAndMime() throws IOException {
        assertEquals("1 channel AIFF @ 176400 bps, 11025 Hz, 2.00 seconds (audio/aiff)", open(0).pprint());
        assertEquals("1 channel AIFF @ 128000 bps, 8000 Hz, 1.00 seconds (audio/aiff)\nTIT2=AIFF title",
                new AIFF(filename1).pprint());
        assertTrue(open(0).mime().contains("audio/aiff"));
        assertTrue(open(0).mime().contains("audio/x-aiff"));
    }

    // Port of tests/test_aiff.py::TAIFF.test_delete
    @Test
    void testDelete() throws IOException {
        AIFF f = new AIFF(filename1);
        f.delete();
        assertTrue(f.tags().keys().isEmpty());
        assertNull(new AIFF(filename1).tags());
    }

    // Port of tests/test_aiff.py::TAIFF.test_module_delete, TAIFF.test_module_double_delete
    @Test
    void testModuleDelete() throws IOException {
        AIFF.deleteFrom(filename1);
        assertNull(new AIFF(filename1).tags());
        AIFF.deleteFrom(filename1);
        assertNull(new AIFF(filename1).tags());
    }

    // Port of tests/test_aiff.py::TAIFF.test_save_no_tags (a file without tags: saving changes nothing)
    @Test
    void testSaveNoTags() throws IOException {
        byte[] before = Files.readAllBytes(filename2);
        AIFF f = new AIFF(filename2);
        f.save();
        assertNull(f.tags());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(filename2)));
    }

    // Port of tests/test_aiff.py::TAIFF.test_add_tags_already_there
    @Test
    void testAddTagsAlreadyThere() throws IOException {
        AIFF f = new AIFF(filename1);
        assertEquals("an ID3 tag already exists", assertThrows(AIFFError.class, f::addTags).getMessage());
    }

    // Port of tests/test_aiff.py::TAIFF.test_loaded_tags, TAIFF.test_roundtrip
    @Test
    void testRoundtrip() throws IOException {
        AIFF f = new AIFF(filename1);
        assertEquals(List.of("AIFF title"), text(f, "TIT2"));
        f.save();
        assertEquals(List.of("AIFF title"), text(new AIFF(filename1), "TIT2"));
    }

    // Port of tests/test_aiff.py::TAIFF.test_save_tags
    @Test
    void testSaveTags() throws IOException {
        AIFF f = new AIFF(filename1);
        f.tags().add(new TIT1(Encoding.UTF8, "foobar"));
        f.tags().save();
        assertEquals(List.of("foobar"), text(new AIFF(filename1), "TIT1"));
    }

    // Port of tests/test_aiff.py::TAIFF.test_save_with_ID3_chunk, TAIFF.test_save_without_ID3_chunk
    @Test
    void testSaveWithAndWithoutID3Chunk() throws IOException {
        AIFF f = new AIFF(filename1);
        f.put("TIT1", new TIT1(Encoding.UTF8, "foobar"));
        f.save();
        assertEquals(List.of("foobar"), text(new AIFF(filename1), "TIT1"));
        assertEquals(List.of("AIFF title"), text(f, "TIT2"));
        AIFF g = new AIFF(filename2);
        g.put("TIT1", new TIT1(Encoding.UTF8, "foobar"));
        g.save();
        assertEquals(List.of("foobar"), text(new AIFF(filename2), "TIT1"));
    }

    // Port of tests/test_aiff.py::TAIFF.test_corrupt_tag
    @Test
    void testCorruptTag() throws IOException {
        try (FileSource src = FileSource.openWritable(filename1)) {
            long at = new AIFFFile(src).get("ID3").dataOffset();
            src.write(at + 4, new byte[] {(byte) 0xff, (byte) 0xff});
            src.commit();
        }
        assertThrows(AIFFError.class, () -> new AIFF(filename1));
    }

    // Port of tests/test_aiff.py::TAIFF.test_padding
    @Test
    void testPadding() throws IOException {
        new AIFF(filename1).save();
        assertEquals(1002, new AIFF(filename1).tags().padding());
        new AIFF(filename1).save();
        assertEquals(1002, new AIFF(filename1).tags().padding());
        for (long p : new long[] {1, 100}) {
            PaddingFunction fn = info -> p;
            new AIFF(filename1).save(ID3SaveOptions.defaults().withPadding(fn));
            assertEquals(p, new AIFF(filename1).tags().padding());
        }
        AIFF f = new AIFF(filename1);
        assertThrows(IffError.class, () -> f.save(ID3SaveOptions.defaults().withPadding(info -> -1)));
    }

    // Port of tests/test_aiff.py::TAIFFInfo.test_empty
    @Test
    void testInfoEmpty() {
        assertThrows(IffError.class, () -> new AIFFInfo(FileSource.of(new byte[0], "")));
    }

    // Port of tests/test_aiff.py::TAIFF.test_pprint_no_tags (mutagen sets tags to None on a tagged file; a file
    // without a tag is the same state here)
    @Test
    void testPprintNoTags() throws IOException {
        AIFF f = new AIFF(filename2);
        assertNull(f.tags());
        assertEquals("1 channel AIFF @ 128000 bps, 8000 Hz, 1.00 seconds (audio/aiff)", f.pprint());
    }

    @Test
    void testNoTagsFile() throws IOException {
        assertFalse(new AIFF(filename2).tags() != null);
    }
}
