// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * The read cache of a file opened from a path: the head, read at open, and the last three other windows of the
 * file's own bytes that were read (typically the tail, and the regions a parser jumps between, such as MP4's moov
 * children and its chapter track), so that a parser's many small positional reads cost one system call per window
 * instead of one each, and a save re-reads what it parsed for free.
 *
 * <p>System calls cost more than parsing: that is the whole reason for this class. Windows of 4 KiB serve reads up
 * to that size; an editing source also keeps reads up to 64 KiB (a tag it parsed, which the commit compares). The
 * windows are valid until the owner writes to the file ({@link #drop()}). Window buffers of closed caches are
 * recycled per thread. Not thread-safe: one per {@link FileSource}.
 */
final class ReadCache {
    /** The size of a window. */
    static final int WINDOW = 4096;
    // An editing source also keeps larger reads up to this size.
    private static final int MAX_KEPT = 1 << 16;
    // A reader walking forward (Ogg pages, MP4 atoms, chunk after chunk) gets windows that double up to this size,
    // so a 135 KB comment split over 35 pages costs a handful of reads instead of two per page.
    private static final int MAX_AHEAD = 1 << 16;

    private final SeekableByteChannel channel;
    private final boolean keepLarge;
    private long size = -1;
    // windows[0] is the head (pinned: parsers come back to it, detection and headers live there); windows[1..] hold
    // the most recent other reads, most recent first, so a parser jumping between three regions reads each once.
    private final Window[] windows = {new Window(), new Window(), new Window(), new Window()};

    /** One cached window: {@code len} bytes of the file at {@code off}; lent windows are never refilled. */
    private static final class Window {
        byte[] buf;
        long off;
        int len;
        boolean lent;

        boolean holds(long offset, long n) {
            return buf != null && offset >= off && offset + n <= off + len;
        }

        void clear() {
            buf = null;
            lent = false;
        }
    }

    /**
     * @param channel the file's channel (not owned: the caller closes it)
     * @param keepLarge whether reads up to 64 KiB are kept too (an editing source)
     */
    ReadCache(SeekableByteChannel channel, boolean keepLarge) {
        this.channel = channel;
        this.keepLarge = keepLarge;
    }

    /** The channel's size, asked once while the windows are valid. */
    long size() throws IOException {
        if (size < 0) {
            size = channel.size();
        }
        return size;
    }

    /**
     * Reads the first window with one system read. A file channel returns fewer bytes only at the end of a regular
     * file, so a short read there also tells the file's size (one fstat less for small files).
     *
     * @return the file's size when the read told it, else -1
     */
    long primeHead() throws IOException {
        byte[] buf = newWindow();
        int got = Math.max(0, FileEdit.readAt(channel, 0, ByteBuffer.wrap(buf)));
        Window head = windows[0];
        head.buf = buf;
        head.off = 0;
        head.len = got;
        head.lent = false;
        if (got < WINDOW && channel instanceof FileChannel) {
            size = got;
            return got;
        }
        return -1;
    }

    /**
     * Forgets the windows and the size, after the owner changed the file. Window buffers nobody borrowed go back to
     * this thread's spares: a save loop (read, write, read again) then allocates no fresh window per save.
     */
    void drop() {
        byte[][] spare = null; // this thread's spares, looked up once (a ThreadLocal lookup per window showed up)
        for (Window w : windows) {
            if (!w.lent && w.buf != null && w.buf.length == WINDOW) {
                if (spare == null) {
                    spare = SPARE_WINDOWS.get();
                }
                recycle(w.buf, spare);
            }
            w.clear();
        }
        size = -1;
    }

    /** Reads {@code len} bytes at {@code offset} into the start of {@code out}, from a window if it can. */
    int read(long offset, byte[] out, int len, boolean exact) throws IOException {
        if (len == 0) {
            return 0;
        }
        int window = windowFor(offset);
        if (len <= window) {
            return readSmall(offset, out, len, exact, window);
        }
        if (keepLarge && len <= MAX_KEPT) {
            return readKept(offset, out, len, exact);
        }
        return readChannel(channel, offset, out, 0, len, exact);
    }

    /** How many bytes from {@code offset} on a window holds, else 0. */
    int buffered(long offset) {
        if (offset < 0) {
            return 0;
        }
        Window w = find(offset, 1);
        return w == null ? 0 : (int) (w.off + w.len - offset);
    }

    /**
     * Lends a reader the window holding the {@code n} bytes at {@code offset}, if one does; a lent window is never
     * refilled or recycled, so the reader's view stays valid.
     */
    boolean lend(long offset, int n, ByteReader reader) {
        if (offset < 0) {
            return false;
        }
        Window w = find(offset, n);
        if (w == null) {
            return false;
        }
        w.lent = true;
        reader.window(w.buf, w.off, w.len);
        return true;
    }

    /** Gives the window buffers nobody borrowed back to this thread's spares. */
    void close() {
        drop();
    }

    /**
     * The size of the window a miss at {@code offset} fills: twice the newest window's (up to 64 KiB) when the read
     * starts at or just past that window's end, as a reader walking forward does; else one plain window.
     */
    private int windowFor(long offset) {
        Window last = last();
        if (last.buf == null || last.len < WINDOW) {
            return WINDOW;
        }
        long end = last.off + last.len;
        if (offset >= end - WINDOW && offset <= end + WINDOW) {
            return (int) Math.min(MAX_AHEAD, 2L * last.len);
        }
        return WINDOW;
    }

    // The window read last: the most recent other window, or the head while no other was read.
    private Window last() {
        return windows[1].buf != null ? windows[1] : windows[0];
    }

    private Window find(long offset, long n) {
        for (Window w : windows) {
            if (w.holds(offset, n)) {
                return w;
            }
        }
        return null;
    }

    /** Serves a read of up to a window's size from one of the two windows, filling one on a miss. */
    private int readSmall(long offset, byte[] out, int n, boolean exact, int window) throws IOException {
        if (fromWindow(offset, out, n)) {
            return n;
        }
        long total = size();
        // A read near the end takes the window ending at the end of the file (ID3v1, APEv2 footers and the like).
        long start = offset + window > total ? Math.max(0, Math.min(offset, total - window)) : offset;
        int len = (int) Math.min(window, Math.max(0, total - start));
        if (offset < start || offset + n > start + len) {
            // Past the end as far as we know: read it directly (the file may have grown).
            return readChannel(channel, offset, out, 0, n, exact);
        }
        // Reuse the evicted window's buffer when it is a plain window.
        Window oldest = windows[windows.length - 1];
        byte[] buf = window > WINDOW ? new byte[len]
                : oldest.buf != null && oldest.buf.length == WINDOW && !oldest.lent ? oldest.buf : newWindow();
        int got = readChannel(channel, start, buf, 0, len, false);
        keep(buf, start, got);
        int avail = (int) Math.max(0, Math.min(n, start + got - offset));
        System.arraycopy(buf, (int) (offset - start), out, 0, avail);
        if (avail < n && exact) {
            throw new EOFException("unexpected end of file at " + (offset + avail));
        }
        return avail;
    }

    /** Serves a larger read from a window, or reads it and keeps it as one. */
    private int readKept(long offset, byte[] out, int n, boolean exact) throws IOException {
        if (fromWindow(offset, out, n)) {
            return n;
        }
        int got = readChannel(channel, offset, out, 0, n, exact);
        keep(Arrays.copyOf(out, got), offset, got);
        return got;
    }

    private boolean fromWindow(long offset, byte[] out, int n) {
        Window w = find(offset, n);
        if (w == null) {
            return false;
        }
        System.arraycopy(w.buf, (int) (offset - w.off), out, 0, n);
        return true;
    }

    /** Makes {@code buf} the newest window; the older of the two is forgotten. */
    private void keep(byte[] buf, long offset, int len) {
        // The oldest window makes room (its buffer is reused by the caller when it can be); the head stays.
        Window w = windows[windows.length - 1];
        if (w.buf != buf && !w.lent && w.buf != null && w.buf.length == WINDOW) {
            recycle(w.buf, SPARE_WINDOWS.get());
        }
        System.arraycopy(windows, 1, windows, 2, windows.length - 2);
        windows[1] = w;
        w.buf = buf;
        w.off = offset;
        w.len = len;
        w.lent = false;
    }

    /** Reads {@code len} bytes at {@code offset} into {@code out} at {@code off}; short only at the end of the file. */
    static int readChannel(SeekableByteChannel ch, long offset, byte[] out, int off, int len, boolean exact)
            throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(out, off, len);
        while (buf.hasRemaining()) {
            int r = FileEdit.readAt(ch, offset + buf.position() - off, buf);
            if (r < 0) {
                if (exact) {
                    throw new EOFException("unexpected end of file at " + (offset + buf.position() - off));
                }
                // The file shrank under us: answer what was there.
                break;
            }
            if (r == 0) {
                throw new IOException("the channel returned no data at " + (offset + buf.position() - off));
            }
        }
        return buf.position() - off;
    }

    // Window buffers of closed caches, four per thread (one per window): a reader going through file after file
    // reuses them instead of allocating fresh heap per file (fresh memory costs page faults, and more garbage).
    private static final ThreadLocal<byte[][]> SPARE_WINDOWS = ThreadLocal.withInitial(() -> new byte[4][]);

    private static byte[] newWindow() {
        byte[][] spare = SPARE_WINDOWS.get();
        for (int i = 0; i < spare.length; i++) {
            byte[] buf = spare[i];
            if (buf != null) {
                spare[i] = null;
                return buf;
            }
        }
        return new byte[WINDOW];
    }

    /** Puts a plain window's buffer among {@code spare}, this thread's spares, unless it is there or they are full. */
    private static void recycle(byte[] buf, byte[][] spare) {
        for (int i = 0; i < spare.length; i++) {
            if (spare[i] == buf) {
                return;
            }
            if (spare[i] == null) {
                spare[i] = buf;
                return;
            }
        }
    }
}
