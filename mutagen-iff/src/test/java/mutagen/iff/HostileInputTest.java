// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** Damaged chunk trees: every failure is an IffError subclass, nothing large is allocated, every loop ends. */
class HostileInputTest {
    private static final List<String> SAMPLES = List.of("silence-2s-PCM-16000-08-ID3v23.wav", "with-id3.aif",
            "5644800-2ch-s01-silence-dst.dff", "2822400-1ch-0s-silence.dff");

    private static ChunkLayout layoutOf(byte[] data) {
        return data[0] == 'R' ? ChunkLayout.RIFF : data[1] == 'R' ? ChunkLayout.DSDIFF : ChunkLayout.AIFF;
    }

    /** Parses the whole tree (every container's subchunks, every small chunk's data). */
    private static int walk(IffChunk chunk, int depth) throws IOException {
        int n = 1;
        if (chunk.isContainer() && depth < 8) {
            for (IffChunk c : chunk.subchunks()) {
                n += walk(c, depth + 1);
            }
        } else {
            chunk.read();
        }
        return n;
    }

    private static void load(byte[] data, ChunkLayout layout) throws IOException {
        try (FileSource src = FileSource.of(data, "x")) {
            walk(new IffFile(src, layout).root(), 0);
        } catch (MutagenError e) {
            assertTrue(e instanceof IffError, e.getClass() + ": " + e.getMessage());
        }
    }

    @Test
    void testEveryTruncation() throws IOException {
        for (String name : SAMPLES) {
            byte[] data = TestFiles.bytes(TestFiles.corpus(name));
            int step = Math.max(1, data.length / 4000);
            for (int n = 0; n <= data.length; n += n < 512 ? 1 : step) {
                load(Arrays.copyOf(data, n), layoutOf(data));
            }
        }
    }

    @Test
    void testRandomCorruption() throws IOException {
        Random random = new Random(18);
        for (String name : SAMPLES) {
            byte[] data = TestFiles.bytes(TestFiles.corpus(name));
            for (int i = 0; i < 2000; i++) {
                byte[] copy = data.clone();
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    copy[random.nextInt(Math.min(copy.length, 256))] = (byte) random.nextInt(256);
                }
                load(copy, layoutOf(data));
            }
        }
    }

    private static byte[] riffClaiming(long dataClaim) {
        byte[] out = new byte[1024];
        byte[] head = {'R', 'I', 'F', 'F', (byte) 0xf8, 3, 0, 0, 'W', 'A', 'V', 'E', 'd', 'a', 't', 'a'};
        System.arraycopy(head, 0, out, 0, head.length);
        mutagen.util.Bytes.put32le(out, 16, dataClaim);
        return out;
    }

    @Test
    void testChunkClaimingFourGigabytesInOneKilobyte() throws IOException {
        byte[] data = riffClaiming(0xFFFFFFFFL);
        try (FileSource src = FileSource.of(data, "x.wav")) {
            IffChunk chunk = new IffFile(src, ChunkLayout.RIFF).get("data");
            assertEquals(0xFFFFFFFFL, chunk.dataSize());
            assertEquals(1024 - 20, chunk.read().length);
            assertEquals(1, new IffFile(src, ChunkLayout.RIFF).root().subchunks().size());
        }
    }

    @Test
    void testDsdiffSizeOfTwoToTheSixtyFour() throws IOException {
        byte[] data = new byte[64];
        System.arraycopy("FRM8".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, data, 0, 4);
        Arrays.fill(data, 4, 12, (byte) 0xff);
        System.arraycopy("DSD PROP".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, data, 12, 8);
        Arrays.fill(data, 20, 28, (byte) 0xff);
        try (FileSource src = FileSource.of(data, "x.dff")) {
            IffFile f = new IffFile(src, ChunkLayout.DSDIFF);
            assertEquals(-1L, f.root().dataSize());
            assertEquals("<DSDIFFListChunk id=FRM8, offset=0, size=18446744073709551628, data_offset=12, "
                    + "data_size=18446744073709551615>", f.root().toString());
            // PROP claims 2^64-1 bytes: its subchunks stop at the end of the file
            assertEquals(0, f.get("PROP").subchunks().size());
            assertEquals(36, f.get("PROP").read().length);
        }
    }

    @Test
    void testEditsOfImpossibleSizesAreIffErrors() throws IOException {
        byte[] data = riffClaiming(0xFFFFFFFFL);
        try (FileSource src = FileSource.of(mutagen.util.MemoryChannel.writable(data), "x.wav", true)) {
            IffFile f = new IffFile(src, ChunkLayout.RIFF);
            // deleting a chunk that runs past the end of the file (mutagen: ValueError)
            assertThrows(IffError.class, () -> f.deleteChunk("data"));
            // growing the root past what its 32-bit size field holds (mutagen: struct.error)
            assertThrows(IffError.class, () -> f.get("data").resize(5000));
        }
    }

    @Test
    void testContainerNameNotAscii() throws IOException {
        byte[] data = riffClaiming(4);
        data[8] = (byte) 0xe9;
        try (FileSource src = FileSource.of(data, "x.wav")) {
            IffError e = assertThrows(IffError.class, () -> new IffFile(src, ChunkLayout.RIFF));
            assertEquals("'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)",
                    e.getMessage());
        }
    }

    /** A RIFF of 1024 bytes: a data chunk of {@code dataSize} bytes, then {@code tail} as the rest of the root. */
    private static byte[] riffWith(int dataSize, long dataClaim, byte[] tail) {
        byte[] out = new byte[20 + dataSize + tail.length];
        byte[] head = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'A', 'V', 'E', 'd', 'a', 't', 'a'};
        System.arraycopy(head, 0, out, 0, head.length);
        mutagen.util.Bytes.put32le(out, 4, out.length - 8);
        mutagen.util.Bytes.put32le(out, 16, dataClaim);
        System.arraycopy(tail, 0, out, 20 + dataSize, tail.length);
        return out;
    }

    private static void assertInsertDeclined(byte[] data, String message) throws IOException {
        try (FileSource src = FileSource.of(mutagen.util.MemoryChannel.writable(data), "x.wav", true)) {
            IffFile f = new IffFile(src, ChunkLayout.RIFF);
            IffError e = assertThrows(IffError.class, () -> f.insertChunk("id3", new byte[] {1, 2}));
            assertEquals(message, e.getMessage());
            assertEquals(data.length, src.size());
        }
    }

    @Test
    void testInsertDeclinedWhenAChunkClaimsPastTheEnd() throws IOException {
        assertInsertDeclined(riffWith(16, 1016, new byte[0]), "cannot insert the 'id3' chunk: the chunks of the"
                + " 'RIFF' chunk end at byte 1036, not at the end of its data in the file (byte 36), so the new chunk"
                + " could not be read back");
    }

    @Test
    void testInsertDeclinedAfterAnOddChunkWithoutItsPadding() throws IOException {
        assertInsertDeclined(riffWith(15, 15, new byte[0]), "cannot insert the 'id3' chunk: the chunks of the"
                + " 'RIFF' chunk end at byte 36, not at the end of its data in the file (byte 35), so the new chunk"
                + " could not be read back");
    }

    @Test
    void testInsertDeclinedAfterBytesThatAreNoChunk() throws IOException {
        assertInsertDeclined(riffWith(16, 16, new byte[12]), "cannot insert the 'id3' chunk: the chunks of the"
                + " 'RIFF' chunk end at byte 36, not at the end of its data in the file (byte 48), so the new chunk"
                + " could not be read back");
    }

    @Test
    void testInsertAcceptedWhenTheChunksEndAtTheEnd() throws IOException {
        byte[] data = riffWith(15, 15, new byte[1]);
        try (FileSource src = FileSource.of(mutagen.util.MemoryChannel.writable(data), "x.wav", true)) {
            new IffFile(src, ChunkLayout.RIFF).insertChunk("id3", new byte[] {1, 2});
            assertTrue(new IffFile(src, ChunkLayout.RIFF).contains("id3"));
        }
    }

    @Test
    void testResizeDeclinedWhenTheContainerWouldEndBeforeTheChunk() throws IOException {
        // RIFF claims 1000 bytes (to 1008), its id3 chunk at 36 claims 1000 (to 1044) but holds 10: resizing it to
        // 20 bytes shrinks the RIFF by 980, to end at 28, before the chunk starts (mutagen writes that file)
        byte[] data = riffWith(16, 16, new byte[] {'i', 'd', '3', ' ', (byte) 0xe8, 3, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8,
            9, 10});
        mutagen.util.Bytes.put32le(data, 4, 1000);
        try (FileSource src = FileSource.of(mutagen.util.MemoryChannel.writable(data), "x.wav", true)) {
            IffChunk id3 = new IffFile(src, ChunkLayout.RIFF).get("id3");
            IffError e = assertThrows(IffError.class, () -> id3.resize(20));
            assertEquals("cannot resize the 'id3' chunk: the 'RIFF' chunk would end at byte 28 and no longer hold"
                    + " the 'id3' chunk at byte 36 (a size claims more bytes than its container holds)",
                    e.getMessage());
            assertEquals(data.length, src.size());
            // a size that keeps the chunk inside its container is fine
            id3.resize(990);
            assertTrue(new IffFile(src, ChunkLayout.RIFF).contains("id3"));
        }
    }
}
