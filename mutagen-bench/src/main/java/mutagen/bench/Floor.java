// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The floor of any tag reader: open a file, read its first 4 KiB, close it. */
public final class Floor {
    /** How many bytes the floor reads. */
    public static final int BYTES = 4096;

    private Floor() {
    }

    /** Opens the file, reads up to 4 KiB from its start and closes it; returns the number of bytes read. */
    public static int read4k(Path path) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(BYTES);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    break;
                }
            }
        }
        return buf.position();
    }

    /**
     * The floor of a reader that must look at both ends of a file, as mutagen's readers do (ID3v1 and APEv2 tags at
     * the end, the file size for bitrates): open, read up to 4 KiB from the start, ask the size, read the last 4 KiB
     * when the file is longer than the first read, close. Returns the number of bytes read.
     */
    public static int readBothEnds(Path path) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(BYTES);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            int head = Math.max(0, ch.read(buf, 0));
            if (head < BYTES) {
                return head;
            }
            long size = ch.size();
            if (size <= BYTES) {
                return head;
            }
            buf.clear();
            return head + Math.max(0, ch.read(buf, Math.max(BYTES, size - BYTES)));
        }
    }

    /**
     * The floor of the processor: a fixed chain of 4096 xorshift steps in registers (no memory, no allocation, no
     * system call), a few µs. Two threads doing it scale by as much as the machine's two cores are independent: a
     * scan's speed-up can be no higher.
     */
    public static long spin(long seed) {
        long x = seed | 1;
        for (int i = 0; i < 4096; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }
}
