// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/**
 * The only code that shifts file contents: insert, delete, resize and move byte ranges of a channel, streaming
 * through a bounded buffer (never the whole file in memory).
 *
 * <p>Mirrors mutagen's {@code insert_bytes}, {@code delete_bytes}, {@code resize_bytes} and {@code move_bytes}. These
 * work in place; {@link FileSource#resize} decides when a path is edited through a temporary copy instead, so that a
 * failed save leaves the original intact.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class FileEdit {
    /** The size of the copy buffer. */
    static final int BUFFER_SIZE = 1 << 16;

    private FileEdit() {
    }

    /**
     * Inserts {@code size} zero bytes at {@code offset}, moving what follows.
     *
     * @param ch the channel
     * @param size the size in bytes
     * @param offset the offset in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void insertBytes(SeekableByteChannel ch, long size, long offset) throws IOException {
        long fileSize = ch.size();
        if (size < 0 || offset < 0 || offset > fileSize) {
            throw new IllegalArgumentException("insert " + size + " at " + offset + " in " + fileSize);
        }
        if (size == 0) {
            return;
        }
        growBy(ch, fileSize, size);
        moveBytes(ch, offset + size, offset, fileSize - offset);
        zero(ch, offset, size);
    }

    /**
     * Deletes {@code size} bytes at {@code offset}, moving what follows and shrinking the file.
     *
     * @param ch the channel
     * @param size the size in bytes
     * @param offset the offset in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteBytes(SeekableByteChannel ch, long size, long offset) throws IOException {
        long fileSize = ch.size();
        if (size < 0 || offset < 0 || offset + size > fileSize) {
            throw new IllegalArgumentException("delete " + size + " at " + offset + " in " + fileSize);
        }
        if (size == 0) {
            return;
        }
        moveBytes(ch, offset, offset + size, fileSize - offset - size);
        ch.truncate(fileSize - size);
    }

    /**
     * Resizes the area of {@code oldSize} bytes at {@code offset} to {@code newSize}, adding or removing at its end.
     *
     * @param ch the channel
     * @param oldSize the old size in bytes
     * @param newSize the new size in bytes
     * @param offset the offset in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void resizeBytes(SeekableByteChannel ch, long oldSize, long newSize, long offset) throws IOException {
        if (newSize < oldSize) {
            deleteBytes(ch, oldSize - newSize, offset + newSize);
        } else if (newSize > oldSize) {
            insertBytes(ch, newSize - oldSize, offset + oldSize);
        }
    }

    /**
     * Copies {@code count} bytes from {@code src} to {@code dest} within the channel; the ranges may overlap.
     *
     * @param ch the channel
     * @param dest the dest
     * @param src the src
     * @param count how many
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void moveBytes(SeekableByteChannel ch, long dest, long src, long count) throws IOException {
        if (dest < 0 || src < 0 || count < 0) {
            throw new IllegalArgumentException("move " + count + " from " + src + " to " + dest);
        }
        if (Math.max(dest, src) + count > ch.size()) {
            throw new IllegalArgumentException("area outside of file");
        }
        if (count == 0 || dest == src) {
            return;
        }
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(BUFFER_SIZE, count));
        if (src > dest) {
            for (long moved = 0; moved < count; ) {
                int n = (int) Math.min(buf.capacity(), count - moved);
                readFully(ch, src + moved, buf, n);
                writeFully(ch, dest + moved, buf);
                moved += n;
            }
        } else {
            for (long left = count; left > 0; ) {
                int n = (int) Math.min(buf.capacity(), left);
                readFully(ch, src + left - n, buf, n);
                writeFully(ch, dest + left - n, buf);
                left -= n;
            }
        }
    }

    /**
     * Copies {@code count} bytes from one channel to another at the given positions.
     *
     * @param from the first index (inclusive)
     * @param fromPos the from pos
     * @param to the last index (exclusive)
     * @param toPos the to pos
     * @param count how many
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void copy(SeekableByteChannel from, long fromPos, SeekableByteChannel to, long toPos, long count)
            throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.max(1, Math.min(BUFFER_SIZE, count)));
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(buf.capacity(), count - done);
            readFully(from, fromPos + done, buf, n);
            writeFully(to, toPos + done, buf);
            done += n;
        }
    }

    /**
     * Writes {@code count} zero bytes at {@code offset}.
     *
     * @param ch the channel
     * @param offset the offset in bytes
     * @param count how many
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void zero(SeekableByteChannel ch, long offset, long count) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.max(1, Math.min(BUFFER_SIZE, count)));
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(zeros.capacity(), count - done);
            zeros.clear().limit(n);
            writeFully(ch, offset + done, zeros);
            done += n;
        }
    }

    private static void growBy(SeekableByteChannel ch, long fileSize, long size) throws IOException {
        try {
            zero(ch, fileSize, size);
        } catch (IOException e) {
            // Undo a partial growth (e.g. disk full) so the file keeps its old length.
            try {
                ch.truncate(fileSize);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Reads exactly {@code n} bytes at {@code pos} into {@code buf} (cleared first) and flips it. */
    static void readFully(SeekableByteChannel ch, long pos, ByteBuffer buf, int n) throws IOException {
        buf.clear().limit(n);
        while (buf.hasRemaining()) {
            int r = readAt(ch, pos + buf.position(), buf);
            if (r < 0) {
                throw new java.io.EOFException("unexpected end of file at " + (pos + buf.position()));
            }
            if (r == 0) {
                // A blocking channel never does this; refuse to spin on one that does.
                throw new IOException("the channel returned no data at " + (pos + buf.position()));
            }
        }
        buf.flip();
    }

    /** Writes all of {@code buf} at {@code pos}. */
    static void writeFully(SeekableByteChannel ch, long pos, ByteBuffer buf) throws IOException {
        long p = pos;
        while (buf.hasRemaining()) {
            int w;
            if (ch instanceof FileChannel) {
                w = ((FileChannel) ch).write(buf, p);
            } else {
                ch.position(p);
                w = ch.write(buf);
            }
            if (w <= 0) {
                throw new IOException("the channel accepted no data at " + p);
            }
            p += w;
        }
    }

    /** One positional read; -1 at end of file. */
    static int readAt(SeekableByteChannel ch, long pos, ByteBuffer dst) throws IOException {
        if (ch instanceof FileChannel) {
            return ((FileChannel) ch).read(dst, pos);
        }
        ch.position(pos);
        return ch.read(dst);
    }
}
