// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mutagen.iff.ChunkLayout;
import mutagen.iff.IffChunk;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_aiff.py::TAIFFFile
class AIFFFileTest {
    static final Path HAS_TAGS = TestFiles.corpus("with-id3.aif");
    static final Path NO_TAGS = TestFiles.corpus("8k-1ch-1s-silence.aif");

    @TempDir
    Path dir;
    FileSource file1;
    FileSource file2;
    FileSource tmp1;
    FileSource tmp2;
    AIFFFile iff1;
    AIFFFile iff2;
    AIFFFile iff1Tmp;
    AIFFFile iff2Tmp;

    @BeforeEach
    void setUp() throws IOException {
        file1 = FileSource.open(HAS_TAGS);
        file2 = FileSource.open(NO_TAGS);
        iff1 = new AIFFFile(file1);
        iff2 = new AIFFFile(file2);
        tmp1 = FileSource.openWritable(Files.copy(HAS_TAGS, dir.resolve("1.aif")));
        tmp2 = FileSource.openWritable(Files.copy(NO_TAGS, dir.resolve("2.aif")));
        iff1Tmp = new AIFFFile(tmp1);
        iff2Tmp = new AIFFFile(tmp2);
    }

    @AfterEach
    void tearDown() throws IOException {
        file1.close();
        file2.close();
        tmp1.close();
        tmp2.close();
    }

    @Test
    void testHasChunks() throws IOException {
        for (String id : new String[] {"FORM", "COMM", "SSND", "ID3"}) {
            assertTrue(iff1.contains(id), id);
        }
        for (String id : new String[] {"FORM", "COMM", "SSND"}) {
            assertTrue(iff2.contains(id), id);
        }
    }

    @Test
    void testIsChunks() throws IOException {
        for (String id : new String[] {"FORM", "COMM", "SSND", "ID3"}) {
            assertSame(ChunkLayout.AIFF, iff1.get(id).layout());
        }
        assertEquals("AIFFFormChunk", ChunkLayout.AIFF.pythonClass("FORM"));
        assertEquals("AIFFChunk", ChunkLayout.AIFF.pythonClass("COMM"));
    }

    @Test
    void testChunkSize() throws IOException {
        assertEquals(17096, iff1.get("FORM").size());
        assertEquals(16054, iff2.get("FORM").size());
    }

    @Test
    void testChunkDataSize() throws IOException {
        assertEquals(17088, iff1.get("FORM").dataSize());
        assertEquals(16046, iff2.get("FORM").dataSize());
    }

    @Test
    void testFORMChunkResize() throws IOException {
        iff1Tmp.get("FORM").resize(17000);
        assertEquals(17000, new AIFFFile(tmp1).get("FORM").dataSize());
        iff2Tmp.get("FORM").resize(4);
        assertEquals(4, new AIFFFile(tmp2).get("FORM").dataSize());
    }

    @Test
    void testChildChunkResize() throws IOException {
        iff1Tmp.get("ID3").resize(128);
        IffChunk id3 = iff1Tmp.get("ID3");
        byte[] ff = new byte[128];
        Arrays.fill(ff, (byte) 0xff);
        id3.write(ff);
        assertArrayEquals(ff, id3.read());
        assertEquals(128, new AIFFFile(tmp1).get("ID3").dataSize());
        assertEquals(16182, new AIFFFile(tmp1).get("FORM").dataSize());
    }

    @Test
    void testChunkDelete() throws IOException {
        iff1Tmp.deleteChunk("ID3");
        assertFalse(iff1Tmp.contains("ID3"));
        assertFalse(new AIFFFile(tmp1).contains("ID3"));
        assertEquals(16054, new AIFFFile(tmp1).get("FORM").size());
        iff2Tmp.deleteChunk("SSND");
        assertFalse(iff2Tmp.contains("SSND"));
        assertFalse(new AIFFFile(tmp2).contains("SSND"));
        assertEquals(38, new AIFFFile(tmp2).get("FORM").size());
    }

    @Test
    void testInsertChunk() throws IOException {
        iff2Tmp.insertChunk("ID3");
        AIFFFile fresh = new AIFFFile(tmp2);
        assertTrue(fresh.contains("ID3"));
        assertSame(ChunkLayout.AIFF, fresh.get("ID3").layout());
        assertEquals(16062, fresh.get("FORM").size());
        assertEquals(16054, fresh.get("FORM").dataSize());
        assertEquals(8, fresh.get("ID3").size());
        assertEquals(0, fresh.get("ID3").dataSize());
    }

    @Test
    void testInsertPaddedChunks() throws IOException {
        IffChunk padded = iff2Tmp.insertChunk("TST1");
        IffChunk unpadded = iff2Tmp.insertChunk("TST2");
        // the second chunk needs no padding
        unpadded.resize(4);
        assertEquals(4, unpadded.dataSize());
        assertEquals(0, unpadded.padding());
        assertEquals(12, unpadded.size());
        // resize the first chunk so that it needs padding
        padded.resize(3);
        assertEquals(3, padded.dataSize());
        assertEquals(1, padded.padding());
        assertEquals(12, padded.size());
        assertEquals(unpadded.offset(), padded.offset() + padded.size());
        // the padding byte is written
        tmp2.write(padded.dataOffset(), "ABCD".getBytes(StandardCharsets.US_ASCII));
        padded.write("ABC".getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(new byte[] {'A', 'B', 'C', 0}, tmp2.read(padded.dataOffset(), 4));
        // the second chunk is not overwritten
        assertArrayEquals("TST2".getBytes(StandardCharsets.US_ASCII), tmp2.read(unpadded.offset(), 4));
    }

    @Test
    void testDeletePaddedChunks() throws IOException {
        AIFFFile iff = iff2Tmp;
        iff.insertChunk("TST");
        // an odd size adds a padding byte
        iff.get("TST").resize(3);
        iff.insertChunk("TST2");
        iff.get("TST2").resize(2);
        assertEquals(16076, iff.get("FORM").size());
        assertEquals(16068, iff.get("FORM").dataSize());
        assertEquals(12, iff.get("TST").size());
        assertEquals(3, iff.get("TST").dataSize());
        assertEquals(16062, iff.get("TST").dataOffset());
        assertEquals(10, iff.get("TST2").size());
        assertEquals(2, iff.get("TST2").dataSize());
        assertEquals(16074, iff.get("TST2").dataOffset());
        // delete the odd chunk
        iff.deleteChunk("TST");
        assertEquals(16064, iff.get("FORM").size());
        assertEquals(16056, iff.get("FORM").dataSize());
        assertEquals(10, iff.get("TST2").size());
        assertEquals(2, iff.get("TST2").dataSize());
        assertEquals(16062, iff.get("TST2").dataOffset());
        // reloading gives the same
        AIFFFile fresh = new AIFFFile(tmp2);
        assertEquals(iff.get("FORM").size(), fresh.get("FORM").size());
        assertEquals(iff.get("TST2").size(), fresh.get("TST2").size());
        assertEquals(iff.get("TST2").dataSize(), fresh.get("TST2").dataSize());
        assertEquals(iff.get("TST2").dataOffset(), fresh.get("TST2").dataOffset());
    }
}
