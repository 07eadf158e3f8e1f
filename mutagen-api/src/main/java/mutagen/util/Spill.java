// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file that holds large pending writes of an uncommitted save, so that a 200 MB picture being saved is
 * not held in memory a second time beside the tag model that made it. Created on first use in the folder named by the
 * system property {@code mutagen.spill.dir} (else {@code java.io.tmpdir}), readable only by its owner, and deleted
 * when closed (and by the system should the process die: it is opened delete-on-close).
 */
final class Spill implements Closeable {
    /** Pending bytes held in memory before larger writes go to a spill file. */
    static final long MEMORY_BOUND = 8L << 20;
    /** Writes smaller than this stay in memory even past the bound (a spill costs a system call per read). */
    static final int MIN_SPILLED = 1 << 16;

    private FileChannel channel;
    private long size;

    /** Appends {@code data} and answers where it is, as a payload. */
    Payload append(byte[] data) throws IOException {
        if (channel == null) {
            channel = open();
        }
        long at = size;
        FileEdit.writeFully(channel, at, ByteBuffer.wrap(data));
        size += data.length;
        return Payload.spilled(this, at, data.length);
    }

    /** Appends the bytes of {@code data} (copied through a bounded buffer) and answers where they are. */
    Payload append(Payload data) throws IOException {
        if (channel == null) {
            channel = open();
        }
        long at = size;
        byte[] buf = new byte[(int) Math.min(data.length(), MIN_SPILLED)];
        for (long done = 0; done < data.length(); ) {
            int n = (int) Math.min(buf.length, data.length() - done);
            data.copyTo(done, buf, 0, n);
            FileEdit.writeFully(channel, at + done, ByteBuffer.wrap(buf, 0, n));
            done += n;
        }
        size += data.length();
        return Payload.spilled(this, at, data.length());
    }

    /** Reads {@code n} bytes at {@code offset} into {@code out} at {@code at}. */
    void read(long offset, byte[] out, int at, int n) throws IOException {
        if (channel == null || offset + n > size) {
            throw new EOFException("spill: read " + n + " bytes at " + offset + " of " + size);
        }
        ReadCache.readChannel(channel, offset, out, at, n, true);
    }

    /** The bytes written so far. */
    long size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private static FileChannel open() throws IOException {
        String dir = System.getProperty("mutagen.spill.dir");
        Path folder = Path.of(dir != null ? dir : System.getProperty("java.io.tmpdir"));
        Path file = Files.createTempFile(folder, ".mutagen-", ".spill");
        try {
            return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } finally {
            // Unlinked at once: nothing is left behind, even by a process killed before close.
            Files.deleteIfExists(file);
        }
    }
}
