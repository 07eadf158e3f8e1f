// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

// Port of tests/test__iff.py::test_is_valid_chunk_id
class ChunkIdsTest {

    // Port of tests/test__iff.py::test_is_valid_chunk_id
    @Test
    void testIsValidChunkId() {
        assertFalse(ChunkIds.isValidChunkId(""));
        assertTrue(ChunkIds.isValidChunkId("QUUX"));
        assertFalse(ChunkIds.isValidChunkId("FOOBAR"));
    }

    @Test
    void testRangeOfCharacters() {
        assertTrue(ChunkIds.isValidChunkId(" ~"));
        assertFalse(ChunkIds.isValidChunkId("\u001f"));
        assertFalse(ChunkIds.isValidChunkId("\u007f"));
        assertThrows(IllegalArgumentException.class, () -> ChunkIds.assertValidChunkId("TOOLONG"));
    }

    @Test
    void testDecodeStripsPythonWhitespace() throws Exception {
        assertEquals("ID3", ChunkIds.decode(new byte[] {'I', 'D', '3', ' '}, 0));
        assertEquals("fm", ChunkIds.decode(new byte[] {'f', 'm', 0x1f, '\t'}, 0));
        InvalidChunk e = assertThrows(InvalidChunk.class, () -> ChunkIds.decode(new byte[] {'a', 0, ' ', ' '}, 0));
        assertEquals("Invalid chunk ID 'a\\x00'", e.getMessage());
        e = assertThrows(InvalidChunk.class, () -> ChunkIds.decode(new byte[] {'a', (byte) 0xff, ' ', ' '}, 0));
        assertEquals("'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)",
                e.getMessage());
        e = assertThrows(InvalidChunk.class, () -> ChunkIds.decode(new byte[] {' ', ' ', ' ', ' '}, 0));
        assertEquals("Invalid chunk ID ''", e.getMessage());
    }
}
