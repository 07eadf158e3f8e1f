// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input: every truncation of small MP3s and altered header bytes give stream information or an
 * {@link MP3Error}, never another exception; channel failures are wrapped; reads stay bounded.
 */
class MPEGInfoRobustnessTest {

    /** Reads the bytes and answers the result, or null for an MP3Error; any other throwable fails the test. */
    private static MPEGInfo readOrError(byte[] data, long offset, String what) {
        try (FileSource source = FileSource.of(data, "")) {
            MPEGInfo info = new MPEGInfo(source, offset);
            assertTrue(info.pprint().startsWith("MPEG "), what);
            assertTrue(info.length() >= 0, what);
            assertFalse(Double.isNaN(info.length()), what);
            return info;
        } catch (HeaderNotFoundError e) {
            assertEquals("can't sync to MPEG frame", e.getMessage(), what);
            return null;
        } catch (MP3Error e) {
            return null;
        } catch (Throwable t) {
            throw new AssertionError(what + ": unexpected " + t, t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lame.mp3", "lame397v9short.mp3", "bad-xing.mp3", "vbri.mp3", "no-tags.mp3",
        "audacious-trailing-id32-apev2.mp3"})
    void testEveryTruncation(String name) {
        byte[] data = TestFiles.bytes(TestFiles.corpus(name));
        long start = Mp3Files.audioStart(data);
        int read = 0;
        for (int n = 0; n <= data.length; n++) {
            byte[] cut = Arrays.copyOf(data, n);
            if (readOrError(cut, Math.min(start, n), name + " cut at " + n) != null) {
                read++;
            }
        }
        assertTrue(read > 0, "some truncations still read");
        assertTrue(readOrError(data, start, name) != null, "the whole file reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lame.mp3", "lame-peak.mp3", "silence-44-s-mpeg2.mp3", "silence-44-s-mpeg25.mp3",
        "vbri.mp3", "xing.mp3", "no-tags.mp3", "silence-44-s.mp3", "apev2-lyricsv2.mp3"})
    void testFlippedHeaderBytes(String name) {
        byte[] data = TestFiles.bytes(TestFiles.corpus(name));
        int start = (int) Mp3Files.audioStart(data);
        for (int i = start; i < Math.min(data.length, start + 260); i++) {
            for (int v : new int[] {0x00, 0xff, data[i] ^ 0x01, data[i] ^ 0x80, data[i] ^ 0x10}) {
                byte[] altered = data.clone();
                altered[i] = (byte) v;
                readOrError(altered, start, name + " byte " + i + " = " + v);
            }
        }
        // The ID3v2 size of a tagged file, which the search also reads when skipping stacked tags.
        if (start > 0) {
            for (int i = 6; i < 10; i++) {
                for (int v : new int[] {0x00, 0x7f, 0xff}) {
                    byte[] altered = data.clone();
                    altered[i] = (byte) v;
                    readOrError(altered, 0, name + " tag size byte " + i + " = " + v);
                }
            }
        }
    }

    @Test
    void testOffsetBeyondEnd() {
        byte[] data = TestFiles.bytes(TestFiles.corpus("lame.mp3"));
        assertEquals(null, readOrError(data, data.length, "offset at end"));
        assertEquals(null, readOrError(data, data.length + 1000L, "offset past end"));
        assertThrows(IllegalArgumentException.class, () -> new MPEGInfo(FileSource.of(data, ""), -1));
    }

    /** A channel over bytes that fails every read from a given offset on, and counts the bytes read. */
    private static final class TestChannel implements SeekableByteChannel {
        private final MemoryChannel data;
        private final long failFrom;
        long bytesRead;

        TestChannel(byte[] bytes, long failFrom) {
            this.data = MemoryChannel.readOnly(bytes);
            this.failFrom = failFrom;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (data.position() + dst.remaining() > failFrom) {
                throw new IOException("disk on fire");
            }
            int n = data.read(dst);
            bytesRead += Math.max(0, n);
            return n;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public long position() throws IOException {
            return data.position();
        }

        @Override
        public SeekableByteChannel position(long p) throws IOException {
            data.position(p);
            return this;
        }

        @Override
        public long size() throws IOException {
            return data.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            throw new IOException("read-only");
        }

        @Override
        public boolean isOpen() {
            return data.isOpen();
        }

        @Override
        public void close() {
            data.close();
        }
    }

    @Test
    void testChannelFailureIsWrapped() {
        byte[] data = TestFiles.bytes(TestFiles.corpus("silence-44-s.mp3"));
        for (long failFrom : new long[] {0, 5, 1314, 1400, 5000}) {
            TestChannel ch = new TestChannel(data, failFrom);
            MP3Error e = assertThrows(MP3Error.class, () -> new MPEGInfo(FileSource.of(ch, "", false), 0));
            assertSame(IOException.class, e.getCause().getClass(), "fail from " + failFrom);
            assertEquals("disk on fire", e.getMessage());
        }
    }

    @Test
    void testReadsAreBounded() throws IOException {
        // 8 MiB without a single sync: the search gives up after 1 MiB.
        byte[] empty = new byte[8 << 20];
        TestChannel ch = new TestChannel(empty, Long.MAX_VALUE);
        assertThrows(HeaderNotFoundError.class, () -> new MPEGInfo(FileSource.of(ch, "", false), 0));
        assertTrue(ch.bytesRead <= (1 << 20) + 64 * 1024, "read " + ch.bytesRead);

        // A real stream at the start of a long file: a few blocks, not the file.
        byte[] big = Arrays.copyOf(TestFiles.bytes(TestFiles.corpus("xing.mp3")), 8 << 20);
        TestChannel ch2 = new TestChannel(big, Long.MAX_VALUE);
        MPEGInfo info = new MPEGInfo(FileSource.of(ch2, "", false), 0);
        assertEquals(0, info.frameOffset());
        assertTrue(ch2.bytesRead <= 128 * 1024, "read " + ch2.bytesRead);

        // Many stacked empty-bodied ID3v2 headers are skipped one by one without reading their bodies.
        byte[] tags = new byte[11 * 1000 + 4 * 417];
        for (int i = 0; i < 1000; i++) {
            System.arraycopy(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 1}, 0, tags, i * 11, 10);
        }
        byte[] f = TestFiles.bytes(TestFiles.corpus("silence-44-s-v1.mp3"));
        System.arraycopy(f, 0, tags, 11000, 4 * 417);
        MPEGInfo stacked = Mp3Files.info(tags);
        assertEquals(11000, stacked.frameOffset());
        assertFalse(stacked.sketchy(), "four frames follow the tags");
    }
}
