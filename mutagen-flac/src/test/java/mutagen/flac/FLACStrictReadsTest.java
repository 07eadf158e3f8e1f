// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import mutagen.util.ByteReader;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** FLAC's strict reader: short reads fail with mutagen's message, nothing is allocated for a length not present. */
class FLACStrictReadsTest {

    /** A read-only channel of {@code size} zero bytes that holds no memory. */
    private static SeekableByteChannel zeros(long size) {
        return new SeekableByteChannel() {
            private long pos;

            @Override
            public int read(ByteBuffer dst) {
                if (pos >= size) {
                    return -1;
                }
                int n = (int) Math.min(dst.remaining(), size - pos);
                for (int i = 0; i < n; i++) {
                    dst.put((byte) 0);
                }
                pos += n;
                return n;
            }

            @Override
            public int write(ByteBuffer src) throws IOException {
                throw new IOException("read-only");
            }

            @Override
            public long position() {
                return pos;
            }

            @Override
            public SeekableByteChannel position(long p) {
                pos = p;
                return this;
            }

            @Override
            public long size() {
                return size;
            }

            @Override
            public SeekableByteChannel truncate(long s) throws IOException {
                throw new IOException("read-only");
            }

            @Override
            public boolean isOpen() {
                return true;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void shortReadMessage() throws IOException {
        ByteReader in = FLACParser.reader(new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2}, in.bytes(2));
        FLACError e = assertThrows(FLACError.class, () -> in.bytes(4));
        assertEquals("file said 4 bytes, read 1 bytes", e.getMessage());
        in.seek(3);
        assertEquals("file said 4 bytes, read 0 bytes", assertThrows(FLACError.class, () -> in.bytes(4)).getMessage());
    }

    @Test
    void hugeLengthInAHugeFileIsAnError() throws IOException {
        ByteReader in = FLACParser.reader(FileSource.of(zeros(5L << 30), "big.flac", false));
        FLACError e = assertThrows(FLACError.class, () -> in.bytes(0xFFFFFFFFL));
        assertEquals("cannot read 4294967295 bytes, too large", e.getMessage());
        assertEquals(8, in.bytes(8).length);
        in.skip(3L << 30);
        assertEquals((3L << 30) + 8, in.tell());
    }

    @Test
    void picturePayloadClaimingFourGigabytes() {
        byte[] data = new byte[32];
        data[28] = (byte) 0xFF;
        data[29] = (byte) 0xFF;
        data[30] = (byte) 0xFF;
        data[31] = (byte) 0xFF;
        FLACError e = assertThrows(FLACError.class, () -> new Picture(data));
        assertEquals("file said 4294967295 bytes, read 0 bytes", e.getMessage());
    }
}
