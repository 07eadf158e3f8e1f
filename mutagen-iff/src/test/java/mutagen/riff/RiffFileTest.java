// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.riff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import mutagen.iff.ChunkLayout;
import mutagen.iff.IffChunk;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test__riff.py::TRiffFile
class RiffFileTest {
    static final Path HAS_TAGS = TestFiles.corpus("silence-2s-PCM-44100-16-ID3v23.wav");
    static final Path NO_TAGS = TestFiles.corpus("silence-2s-PCM-16000-08-notags.wav");

    @TempDir
    Path dir;
    FileSource file1;
    FileSource file2;
    FileSource tmp1;
    FileSource tmp2;
    RiffFile riff1;
    RiffFile riff2;
    RiffFile riff1Tmp;
    RiffFile riff2Tmp;

    @BeforeEach
    void setUp() throws IOException {
        file1 = FileSource.open(HAS_TAGS);
        file2 = FileSource.open(NO_TAGS);
        riff1 = new RiffFile(file1);
        riff2 = new RiffFile(file2);
        tmp1 = FileSource.openWritable(Files.copy(HAS_TAGS, dir.resolve("1.wav")));
        tmp2 = FileSource.openWritable(Files.copy(NO_TAGS, dir.resolve("2.wav")));
        riff1Tmp = new RiffFile(tmp1);
        riff2Tmp = new RiffFile(tmp2);
    }

    @AfterEach
    void tearDown() throws IOException {
        file1.close();
        file2.close();
        tmp1.close();
        tmp2.close();
    }

    // Port of tests/test__riff.py::TRiffFile.test_has_chunks
    @Test
    void testHasChunks() throws IOException {
        assertTrue(riff1.contains("fmt"));
        assertTrue(riff1.contains("data"));
        assertTrue(riff1.contains("id3"));
        assertTrue(riff2.contains("fmt"));
        assertTrue(riff2.contains("data"));
    }

    // Port of tests/test__riff.py::TRiffFile.test_is_chunks
    @Test
    void testIsChunks() throws IOException {
        for (String id : new String[] {"fmt", "data", "id3"}) {
            assertSame(ChunkLayout.RIFF, riff1.get(id).layout());
            assertEquals("RiffChunk", ChunkLayout.RIFF.pythonClass(id));
        }
        assertEquals("<RiffChunk id=fmt, offset=12, size=24, data_offset=20, data_size=16>",
                riff1.get("fmt").toString());
    }

    // Port of tests/test__riff.py::TRiffFile.test_chunk_size
    @Test
    void testChunkSize() throws IOException {
        assertEquals(352808, riff1.get("data").size());
        assertEquals(376, riff1.get("id3").size());
        assertEquals(64008, riff2.get("data").size());
    }

    // Port of tests/test__riff.py::TRiffFile.test_chunk_data_size
    @Test
    void testChunkDataSize() throws IOException {
        assertEquals(352800, riff1.get("data").dataSize());
        assertEquals(368, riff1.get("id3").dataSize());
        assertEquals(64000, riff2.get("data").dataSize());
    }

    // Port of tests/test__riff.py::TRiffFile.test_RIFF_chunk_resize
    @Test
    void testRIFFChunkResize() throws IOException {
        riff1Tmp.get("data").resize(17000);
        assertEquals(17000, new RiffFile(tmp1).get("data").dataSize());
        riff2Tmp.get("data").resize(0);
        assertEquals(0, new RiffFile(tmp2).get("data").dataSize());
    }

    // Port of tests/test__riff.py::TRiffFile.test_insert_chunk
    @Test
    void testInsertChunk() throws IOException {
        riff2Tmp.insertChunk("id3");
        RiffFile fresh = new RiffFile(tmp2);
        assertTrue(fresh.contains("id3"));
        assertSame(ChunkLayout.RIFF, fresh.get("id3").layout());
        assertEquals(8, fresh.get("id3").size());
        assertEquals(0, fresh.get("id3").dataSize());
    }

    // Port of tests/test__riff.py::TRiffFile.test_insert_padded_chunks
    @Test
    void testInsertPaddedChunks() throws IOException {
        IffChunk padded = riff2Tmp.insertChunk("TST1");
        IffChunk unpadded = riff2Tmp.insertChunk("TST2");
        unpadded.resize(4);
        assertEquals(4, unpadded.dataSize());
        assertEquals(0, unpadded.padding());
        assertEquals(12, unpadded.size());
        padded.resize(3);
        assertEquals(3, padded.dataSize());
        assertEquals(1, padded.padding());
        assertEquals(12, padded.size());
        assertEquals(unpadded.offset(), padded.offset() + padded.size());
        tmp2.write(padded.dataOffset(), "ABCD".getBytes(StandardCharsets.US_ASCII));
        padded.write("ABC".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(new byte[] {'A', 'B', 'C', 0}, tmp2.read(padded.dataOffset(), 4));
        assertArrayEquals("TST2".getBytes(StandardCharsets.US_ASCII), tmp2.read(unpadded.offset(), 4));
    }

    // Port of tests/test__riff.py::TRiffFile.test_delete_padded_chunks
    @Test
    void testDeletePaddedChunks() throws IOException {
        RiffFile riff = riff2Tmp;
        assertEquals(64044, riff.root().size());
        riff.insertChunk("TST");
        riff.get("TST").resize(3);
        assertEquals(64056, riff.root().size());
        riff.insertChunk("TST2");
        riff.get("TST2").resize(2);
        assertEquals(64066, riff.root().size());
        assertEquals(12, riff.get("TST").size());
        assertEquals(3, riff.get("TST").dataSize());
        assertEquals(64052, riff.get("TST").dataOffset());
        assertEquals(10, riff.get("TST2").size());
        assertEquals(2, riff.get("TST2").dataSize());
        assertEquals(64064, riff.get("TST2").dataOffset());
        riff.deleteChunk("TST");
        assertEquals(64054, riff.root().size());
        assertEquals(10, riff.get("TST2").size());
        assertEquals(2, riff.get("TST2").dataSize());
        assertEquals(64052, riff.get("TST2").dataOffset());
        RiffFile fresh = new RiffFile(tmp2);
        assertEquals(riff.root().size(), fresh.root().size());
        assertEquals(riff.get("TST2").size(), fresh.get("TST2").size());
        assertEquals(riff.get("TST2").dataSize(), fresh.get("TST2").dataSize());
        assertEquals(riff.get("TST2").dataOffset(), fresh.get("TST2").dataOffset());
    }

    // Port of tests/test__riff.py::TRiffFile.test_read_list_info
    @Test
    void testReadListInfo() throws IOException {
        IffChunk info = riff1Tmp.get("LIST");
        assertEquals("INFO", info.name());
        Map<String, String> tags = new HashMap<>();
        for (IffChunk chunk : info.subchunks()) {
            tags.put(chunk.id(), new String(chunk.read(), StandardCharsets.UTF_8).replaceAll("^\u0000+|\u0000+$", "")
                    .strip());
        }
        assertEquals("Quod Libet Test Data", tags.get("IPRD"));
        assertEquals("piman, jzig", tags.get("IART"));
        assertEquals("Silence", tags.get("IGNR"));
        assertEquals("Silence", tags.get("INAM"));
        assertEquals("02/10", tags.get("ITRK"));
        assertEquals("2004", tags.get("ICRD"));
    }

    @Test
    void testCommitWritesTheEdits() throws IOException {
        riff2Tmp.insertChunk("TST", new byte[] {1, 2, 3});
        tmp2.commit();
        byte[] all = Files.readAllBytes(dir.resolve("2.wav"));
        assertEquals(64044 + 12, all.length);
        assertEquals(64044 + 12 - 8, (all[4] & 0xFF) | (all[5] & 0xFF) << 8 | (all[6] & 0xFF) << 16);
        assertArrayEquals(new byte[] {'T', 'S', 'T', ' ', 3, 0, 0, 0, 1, 2, 3, 0},
                java.util.Arrays.copyOfRange(all, 64044, all.length));
    }
}
