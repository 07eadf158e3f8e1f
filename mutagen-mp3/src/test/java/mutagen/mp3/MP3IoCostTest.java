// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mutagen.id3.ID3;
import mutagen.id3.ID3v1;
import mutagen.id3.TextFrame;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a small edit to an MP3 whose ID3v2 tag has room costs the tag's bytes only. */
class MP3IoCostTest {
    @TempDir
    Path tmp;

    /** Counts the bytes written through a channel. */
    private static final class Counting implements SeekableByteChannel {
        private final SeekableByteChannel inner;
        private long written;
        private long writes;

        Counting(SeekableByteChannel inner) {
            this.inner = inner;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return inner.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = inner.write(src);
            written += n;
            writes++;
            return n;
        }

        @Override
        public long position() throws IOException {
            return inner.position();
        }

        @Override
        public SeekableByteChannel position(long p) throws IOException {
            inner.position(p);
            return this;
        }

        @Override
        public long size() throws IOException {
            return inner.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            inner.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return inner.isOpen();
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }

    @Test
    void testOneFieldEditWritesOnlyTheTag() throws IOException {
        // silence-44-s.mp3 without its ID3v1 tag: a 1314-byte ID3v2.3 tag (1142 bytes of padding), then the audio.
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        MP3.deleteFrom(p, true, false);
        long size = Files.size(p);
        assertEquals(16384 - 128, size);
        byte[] audioBefore = Arrays.copyOfRange(Files.readAllBytes(p), 1314, (int) size);

        MP3 f = new MP3(p);
        assertEquals(1314, f.id3().size());
        ((TextFrame) f.get("TIT2")).setText("a new title");
        List<Counting> channels = new ArrayList<>();
        try (FileSource target = FileSource.open(p, true, ch -> {
            Counting c = new Counting(ch);
            channels.add(c);
            return c;
        })) {
            f.save(target);
        }

        // One channel (no temporary copy), one write: the 1314 bytes of the tag, rewritten in place.
        assertEquals(1, channels.size());
        assertEquals(1314, channels.get(0).written);
        assertEquals(1, channels.get(0).writes);
        assertEquals(size, Files.size(p));
        byte[] after = Files.readAllBytes(p);
        assertArrayEquals(audioBefore, Arrays.copyOfRange(after, 1314, after.length));
        assertNull(ID3v1.find(FileSource.of(after, ""), 4, null));
        MP3 reloaded = new MP3(p);
        assertEquals("a new title", ((TextFrame) reloaded.get("TIT2")).str());
        assertEquals(1314, reloaded.id3().size());
        assertEquals(new ID3(p).frames(), reloaded.id3().frames());
    }
}
