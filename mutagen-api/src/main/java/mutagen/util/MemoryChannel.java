// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * A {@link SeekableByteChannel} over bytes in memory: read-only over a caller's array, or growable and writable.
 * Python's {@code BytesIO} for mutagen-java.
 *
 * <p>Not thread-safe: a channel with a position, used by one thread at a time.
 */
public final class MemoryChannel implements SeekableByteChannel {
    private byte[] data;
    private long size;
    private long position;
    private boolean open = true;
    private final boolean writable;

    private MemoryChannel(byte[] data, boolean writable) {
        this.data = data;
        this.size = data.length;
        this.writable = writable;
    }

    /**
     * A read-only channel over the array (not copied).
     *
     * @param data the bytes
     * @return a read-only channel over the array (not copied)
     */
    public static MemoryChannel readOnly(byte[] data) {
        return new MemoryChannel(data, false);
    }

    /**
     * A writable channel that starts with a copy of the bytes.
     *
     * @param initial the initial
     * @return a writable channel that starts with a copy of the bytes
     */
    public static MemoryChannel writable(byte[] initial) {
        return new MemoryChannel(initial.clone(), true);
    }

    /**
     * A copy of the current contents.
     *
     * @return a copy of the current contents
     */
    public byte[] toByteArray() {
        return Arrays.copyOf(data, (int) size);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        if (position >= size) {
            return dst.hasRemaining() ? -1 : 0;
        }
        int n = (int) Math.min(dst.remaining(), size - position);
        dst.put(data, (int) position, n);
        position += n;
        return n;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
        int n = src.remaining();
        long end = position + n;
        if (end > Limits.MAX_ARRAY) {
            throw new IOException("in-memory file too large");
        }
        if (end > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Limits.MAX_ARRAY, Math.max(end, data.length * 2L)));
        }
        if (position > size) {
            Arrays.fill(data, (int) size, (int) position, (byte) 0);
        }
        src.get(data, (int) position, n);
        position = end;
        size = Math.max(size, end);
        return n;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        ensureOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position");
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long newSize) throws IOException {
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
        if (newSize < 0) {
            throw new IllegalArgumentException("negative size");
        }
        size = Math.min(size, newSize);
        position = Math.min(position, newSize);
        return this;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }
}
