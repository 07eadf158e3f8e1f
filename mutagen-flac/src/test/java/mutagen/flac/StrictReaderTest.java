// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** The strict cursor: short reads fail with mutagen's message, nothing is allocated for a length not present. */
class StrictReaderTest {

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
        StrictReader in = StrictReader.of(new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2}, in.read(2));
        FLACError e = assertThrows(FLACError.class, () -> in.read(4));
        assertEquals("file said 4 bytes, read 1 bytes", e.getMessage());
        in.seek(100);
        assertEquals("file said 4 bytes, read 0 bytes", assertThrows(FLACError.class, () -> in.read(4)).getMessage());
    }

    @Test
    void hugeLengthInAHugeFileIsAnError() throws IOException {
        StrictReader in = new StrictReader(FileSource.of(zeros(5L << 30), "big.flac", false));
        FLACError e = assertThrows(FLACError.class, () -> in.read(0xFFFFFFFFL));
        assertEquals("cannot read 4294967295 bytes, too large", e.getMessage());
        assertEquals(8, in.read(8).length);
        assertEquals(3L << 30, in.skip(3L << 30));
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
