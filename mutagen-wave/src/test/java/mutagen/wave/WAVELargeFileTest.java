// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import mutagen.id3.Encoding;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TIT2;
import mutagen.id3.TextFrame;
import mutagen.testkit.CountingChannel;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GiB WAV (sparse: a {@code data} chunk of 1 GiB that is never written) whose ID3 chunk is, or becomes, the last
 * chunk: adding the tag and growing it read and write bytes in proportion to the tag, not to the file. The figures
 * (bytes read and written per save) are printed.
 */
class WAVELargeFileTest {
    static final long DATA = 1L << 30;

    @TempDir
    Path dir;

    /** RIFF/WAVE, a 16-byte fmt chunk (8 kHz mono 8-bit) and a data chunk of {@link #DATA} bytes, sparse. */
    static Path sparseWav(Path dir) throws IOException {
        Path p = dir.resolve("big.wav");
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt((int) (36 + DATA)).put("WAVE".getBytes());
        h.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(8000)
                .putShort((short) 1).putShort((short) 8);
        h.put("data".getBytes()).putInt((int) DATA);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(h.array());
            f.setLength(44 + DATA);
        }
        return p;
    }

    static CountingChannel.Log save(Path p, String title, long padding) throws IOException {
        WAVE w = new WAVE(p);
        if (w.tags() == null) {
            w.addTags();
        }
        w.put("TIT2", new TIT2(Encoding.UTF8, title));
        CountingChannel.Log log = new CountingChannel.Log();
        try (FileSource src = FileSource.open(p, true, ch -> new CountingChannel(ch, log))) {
            w.save(src, ID3SaveOptions.defaults().withPadding(info -> padding));
        }
        return log;
    }

    static void report(String what, CountingChannel.Log log, long tagBytes) {
        System.out.printf("1 GiB WAV, %s: %d bytes read, %d bytes written (ID3 chunk %d bytes), %d opens%n", what,
                log.bytesRead(), log.bytesWritten(), tagBytes, log.opens);
    }

    @Test
    void testAddingAndGrowingTheLastChunkIsOfTheTagsSize() throws IOException {
        Path p = sparseWav(dir);
        CountingChannel.Log add = save(p, "added", 0);
        WAVE after = new WAVE(p);
        long tag1 = after.tags().size();
        assertEquals(44 + DATA + 8 + tag1 + (tag1 & 1), p.toFile().length());
        assertEquals(List.of("added"), ((TextFrame) after.get("TIT2")).text());
        report("add", add, tag1);
        assertTrue(add.bytesRead() < 64 * 1024, "read " + add.bytesRead());
        assertTrue(add.bytesWritten() < 3 * (tag1 + 8) + 64, "wrote " + add.bytesWritten());

        String big = "x".repeat(100_000);
        CountingChannel.Log grow = save(p, big, 0);
        WAVE grown = new WAVE(p);
        long tag2 = grown.tags().size();
        assertEquals(44 + DATA + 8 + tag2 + (tag2 & 1), p.toFile().length());
        assertEquals(List.of(big), ((TextFrame) grown.get("TIT2")).text());
        assertEquals(DATA / 8000.0, grown.info().length());
        report("grow", grow, tag2);
        assertTrue(grow.bytesRead() < 64 * 1024 + tag1, "read " + grow.bytesRead());
        assertTrue(grow.bytesWritten() < 3 * (tag2 + 8) + 64, "wrote " + grow.bytesWritten());
    }
}
