// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading reads only the windows holding the tag and the last 131 bytes; a save that fits the old tag writes only the tag region. */
class ID3IoCostTest {
    @TempDir
    Path tmp;

    /** Counts the bytes read and written through a channel. */
    static final class Counting implements SeekableByteChannel {
        final SeekableByteChannel inner;
        long read;
        long reads;
        long written;

        Counting(SeekableByteChannel inner) {
            this.inner = inner;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            int n = inner.read(dst);
            read += Math.max(0, n);
            reads++;
            return n;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = inner.write(src);
            written += n;
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
    void testLoadReadsOnlyTheTagAndTheEnd() throws Exception {
        Path p = TestFiles.corpus("silence-44-s.mp3");
        Counting[] seen = new Counting[1];
        try (FileSource src = FileSource.open(p, false, ch -> seen[0] = new Counting(ch))) {
            ID3 id3 = new ID3(src, ID3LoadOptions.defaults());
            assertEquals(8, id3.keys().size());
        }
        // The tag (10 header bytes + 1304 tag bytes) and the 131 bytes at the end for ID3v1 come through FileSource's
        // two 4 KiB read windows of a read-only file: two system reads, the middle of the file is never read.
        assertEquals(2, seen[0].reads);
        assertEquals(2 * 4096, seen[0].read);
        assertTrue(Files.size(p) > seen[0].read + 1000);
    }

    @Test
    void testSaveThatFitsWritesOnlyTheTag() throws Exception {
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        ID3 id3 = new ID3(p);
        id3.add(new TIT3(Encoding.UTF8, List.of("fits in the padding")));
        long before = Files.size(p);
        List<Counting> seen = new java.util.ArrayList<>();
        try (FileSource target = FileSource.open(p, true, ch -> {
            Counting c = new Counting(ch);
            seen.add(c);
            return c;
        })) {
            id3.save(target, ID3SaveOptions.defaults());
            target.commit();
        }
        assertEquals(before, Files.size(p));
        // One channel: no temporary copy was made.
        assertEquals(1, seen.size());
        // The old 1314-byte tag region is rewritten in place; the ID3v1 tag holds no TIT3, so its identical bytes
        // are not rewritten.
        assertEquals(1314, seen.get(0).written);
        assertEquals("fits in the padding", new ID3(p).get("TIT3").str());
    }

    @Test
    void testSaveThatChangesTheV1TagWritesBothTagsInPlace() throws Exception {
        Path p = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        ID3 id3 = new ID3(p);
        id3.add(new TIT2(Encoding.UTF8, List.of("a new title")));
        long before = Files.size(p);
        List<Counting> seen = new java.util.ArrayList<>();
        try (FileSource target = FileSource.open(p, true, ch -> {
            Counting c = new Counting(ch);
            seen.add(c);
            return c;
        })) {
            id3.save(target, ID3SaveOptions.defaults());
            target.commit();
        }
        assertEquals(before, Files.size(p));
        assertEquals(1, seen.size());
        // The ID3v2 region and the 128-byte ID3v1 tag at the end, each written once in place.
        assertEquals(1314 + 128, seen.get(0).written);
        assertEquals("a new title", new ID3(p).get("TIT2").str());
        byte[] all = Files.readAllBytes(p);
        byte[] v1 = java.util.Arrays.copyOfRange(all, all.length - 128, all.length);
        assertEquals("a new title", ID3v1.parse(v1).get("TIT2").str());
    }
}
