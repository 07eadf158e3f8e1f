// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import mutagen.MutagenError;

/**
 * A file being read or edited: positional, bounded reads and writes over a {@link SeekableByteChannel}.
 *
 * <p>Parsers ask for exactly the bytes they need ({@link #read(long, int)}, {@link #readExactly}); nothing reads a
 * whole file.
 *
 * <p><b>System calls</b> cost more than parsing, so a source opened from a path keeps the last two 4 KiB windows of the
 * file it read (typically the head, read at open, and the tail) and serves smaller reads inside them from memory; an
 * editing source also keeps reads up to 64 KiB, and drops everything once it writes. Bytes in memory
 * ({@link #of(byte[], String)}) are read directly. Parsers read through {@link #reader}, a {@link ByteReader} that
 * reads those windows and bytes in place.
 *
 * <p><b>Editing a file opened from a path</b> ({@link #openWritable(Path)}) is transactional: the original is not
 * touched before {@link #commit()}, and {@link #close()} without a commit discards every edit.
 * <ul>
 *   <li>{@link #write} and {@link #truncate} are kept in memory (they are tag-sized) and every read sees them. On
 *       commit, writes that keep the file's size are applied in place, one positional write per changed region
 *       (regions rewritten with the same bytes are skipped), so a save that fits in the padding costs O(tag size).
 *       A save that fails before commit leaves the file as it was; one whose second region write fails writes the
 *       first region back (each region holds its old or its new bytes, never a mix).</li>
 *   <li>{@link #resize}, {@link #insert}, {@link #delete} and {@link #editChannel()} move the editing to a temporary copy
 *       beside the file (permissions copied), which commit renames over the original atomically; so do writes that
 *       change the file's size together with other edits. A save that fails leaves the original's bytes as they
 *       were.</li>
 * </ul>
 *
 * <p>A caller's channel ({@link #of(SeekableByteChannel, String, boolean)}) is edited in place, as mutagen edits a
 * file object.
 *
 * <p>Not thread-safe; sources of different files are independent.
 */
public final class FileSource implements Closeable {
    /** The largest gap of original bytes read to merge two nearby in-place writes into one write on commit. */
    static final int MAX_MERGE_GAP = 1 << 12;

    private final Path path;
    private final String name;
    private final boolean writable;
    private final boolean ownsChannel;
    private final boolean transactional;
    private final UnaryOperator<SeekableByteChannel> decorator;
    private SeekableByteChannel channel;
    // Bytes in memory are read directly (a channel over them would cost a buffer wrap and a copy per read).
    private final byte[] memory;
    private Path tempPath;
    private long size = -1;

    // Pending edits of a transactional source while no temporary copy exists: non-overlapping, non-adjacent writes
    // by offset, the logical size, and how much of the channel's content is still visible (after a truncation).
    private final TreeMap<Long, byte[]> pending = new TreeMap<>();
    private long baseLimit = -1;
    private boolean dirty;

    // Path-backed sources keep the last two windows of the file's own bytes that they read (typically the head and
    // the tail), so that a parser's many small positional reads cost one system call per window instead of one each,
    // and a save re-reads what it parsed for free. Valid until this source writes to the file or moves to a copy.
    private static final int WINDOW = 4096;
    // A transactional source also keeps larger reads up to this size (a tag it parsed, which commit compares).
    private static final int MAX_KEPT = 1 << 16;
    private final boolean cached;
    private long channelSize = -1;
    private byte[] winA;
    private long winAOff;
    private int winALen;
    private boolean winALent;
    private byte[] winB;
    private long winBOff;
    private int winBLen;
    private boolean winBLent;

    private FileSource(Path path, String name, SeekableByteChannel channel, boolean writable, boolean ownsChannel,
                       UnaryOperator<SeekableByteChannel> decorator) {
        this(path, name, channel, null, writable, ownsChannel, decorator);
    }

    private FileSource(Path path, String name, SeekableByteChannel channel, byte[] memory, boolean writable,
                       boolean ownsChannel, UnaryOperator<SeekableByteChannel> decorator) {
        this.path = path;
        this.memory = memory;
        this.name = name;
        this.channel = channel;
        this.writable = writable;
        this.ownsChannel = ownsChannel;
        this.transactional = writable && path != null;
        this.decorator = decorator;
        this.cached = path != null;
    }

    /** Opens a file for reading. An open failure is a {@link MutagenError} with Python's text for it. */
    public static FileSource open(Path path) throws MutagenError {
        return open(path, false, UnaryOperator.identity());
    }

    /** Opens a file for transactional editing (see the class comment); nothing changes before {@link #commit()}. */
    public static FileSource openWritable(Path path) throws MutagenError {
        return open(path, true, UnaryOperator.identity());
    }

    /**
     * Opens a file for transactional editing, creating it empty first when {@code create} is set and it does not
     * exist (mutagen's {@code loadfile(create=True)}, used by tag-only formats such as ID3 and APEv2).
     */
    public static FileSource openWritable(Path path, boolean create) throws MutagenError {
        return open(path, true, create, UnaryOperator.identity());
    }

    /**
     * Opens a file through a channel decorator, which wraps every channel this source opens on the file or its
     * temporary copy (to count or fault I/O in tests and benchmarks).
     */
    public static FileSource open(Path path, boolean writable, UnaryOperator<SeekableByteChannel> decorator)
            throws MutagenError {
        return open(path, writable, false, decorator);
    }

    /** Opens a file through a channel decorator, creating it empty first when writable and {@code create} is set. */
    public static FileSource open(Path path, boolean writable, boolean create,
                                  UnaryOperator<SeekableByteChannel> decorator) throws MutagenError {
        SeekableByteChannel decorated = null;
        try {
            SeekableByteChannel ch = writable
                    ? (create
                        ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                                StandardOpenOption.CREATE)
                        : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE))
                    : FileChannel.open(path, StandardOpenOption.READ);
            try {
                decorated = decorator.apply(ch);
            } catch (RuntimeException e) {
                ch.close();
                throw e;
            }
            FileSource source = new FileSource(path, path.toString(), decorated, writable, true, decorator);
            if (!writable) {
                // Every reader starts at the head: reading it now costs nothing extra, and it is where Linux reports
                // a directory (opening one for reading succeeds), so the error comes from open() as in Python.
                source.primeHead();
            }
            return source;
        } catch (IOException e) {
            closeQuietly(decorated, e);
            throw e instanceof MutagenError ? (MutagenError) e : PyErrors.wrap(e, path.toString());
        }
    }

    /**
     * A source over a caller's channel, which is neither closed nor replaced: edits happen in place.
     *
     * @param name the file name used for format detection (may be empty)
     */
    public static FileSource of(SeekableByteChannel channel, String name, boolean writable) {
        return new FileSource(null, name == null ? "" : name, channel, writable, false, UnaryOperator.identity());
    }

    /** A read-only source over bytes in memory. */
    public static FileSource of(byte[] data, String name) {
        FileSource source = new FileSource(null, name == null ? "" : name, null, data, false, false,
                UnaryOperator.identity());
        source.size = data.length;
        return source;
    }

    /** The path, or {@code null} for a channel or bytes. */
    public Path path() {
        return path;
    }

    /** The name used for detection: the path as given, or the caller's name, or "". */
    public String name() {
        return name;
    }

    /** Whether this source may be written. */
    public boolean isWritable() {
        return writable;
    }

    /**
     * The channel currently read and written: the original's, or the temporary copy once one exists. On a file
     * opened from a path for writing it does not show pending edits, and writing to it would bypass the
     * transaction; use {@link #editChannel()} to edit a channel directly.
     */
    public SeekableByteChannel channel() {
        if (channel == null) {
            channel = MemoryChannel.readOnly(memory);
        }
        return channel;
    }

    /**
     * The channel to edit directly (with {@link FileEdit}, say). For a file opened from a path for writing this
     * first moves the editing to the temporary copy, so that direct edits stay undoable until {@link #commit()};
     * the positional methods avoid that copy.
     */
    public SeekableByteChannel editChannel() throws IOException {
        requireWritable();
        if (transactional && tempPath == null) {
            startTemp(0, 0, 0);
        }
        size = -1;
        return channel;
    }

    /** The current size in bytes, edits included. */
    public long size() throws IOException {
        if (writable && !(transactional && tempPath == null)) {
            // Edited in place (or through editChannel()): the channel knows best.
            return channel.size();
        }
        if (size < 0) {
            size = channelSize();
            if (baseLimit < 0) {
                baseLimit = size;
            }
        }
        return size;
    }

    /** The size of the channel's own content, asked once while the windows are valid. */
    private long channelSize() throws IOException {
        if (!windowsValid()) {
            return channel.size();
        }
        if (channelSize < 0) {
            channelSize = channel.size();
        }
        return channelSize;
    }

    /** Whether the cached windows show the channel's bytes: a path source that has written nothing yet. */
    private boolean windowsValid() {
        return cached && tempPath == null;
    }

    /** Forgets the windows and the channel's size, after this source changed the file or moved to a copy. */
    private void dropWindows() {
        winA = null;
        winB = null;
        winALent = false;
        winBLent = false;
        channelSize = -1;
    }

    /**
     * Reads up to {@code n} bytes at {@code offset}; fewer only at the end of the file (Python's {@code read(n)}).
     * The length is clamped to what the file holds before anything is allocated.
     */
    public byte[] read(long offset, int n) throws IOException {
        if (n < 0 || offset < 0) {
            throw new IllegalArgumentException("read " + n + " at " + offset);
        }
        long left = Math.max(0, size() - offset);
        int want = (int) Math.min(n, left);
        byte[] out = new byte[want];
        int got = readInto(offset, out, false);
        return got == want ? out : Arrays.copyOf(out, got);
    }

    /**
     * Reads exactly {@code n} bytes at {@code offset}, checking {@code n} against what is left before allocating.
     *
     * @throws MutagenError from {@code errors} when the file is too short or the offset negative
     */
    public byte[] readExactly(long offset, long n, ErrorFactory errors) throws IOException {
        if (offset < 0) {
            throw errors.create("negative offset " + offset);
        }
        Limits.checkLength(n, Math.max(0, size() - offset), errors);
        byte[] data = read(offset, (int) n);
        if (data.length != n) {
            throw errors.create("truncated data: needed " + n + " bytes at offset " + offset + ", got "
                    + data.length);
        }
        return data;
    }

    /**
     * A reader over exactly {@code n} bytes at {@code offset} (checked against the file's size now). It reads bytes
     * in memory in place, serves reads from this source's windows when they hold them, and refills a bounded window
     * of its own from the channel otherwise, so {@code n} may exceed what memory holds.
     *
     * @throws MutagenError from {@code errors} when the file is too short or the offset negative
     */
    public ByteReader reader(long offset, long n, ErrorFactory errors) throws IOException {
        if (offset < 0) {
            throw errors.create("negative offset " + offset);
        }
        if (n < 0) {
            throw errors.create("negative length " + n);
        }
        long left = Math.max(0, size() - offset);
        if (n > left) {
            throw errors.create("length " + n + " exceeds the " + left + " bytes left");
        }
        if (memory != null) {
            return new ByteReader(memory, (int) offset, (int) (offset + n), offset, errors);
        }
        return new ByteReader(this, offset, offset + n, errors);
    }

    /** A reader over the whole file (see {@link #reader(long, long, ErrorFactory)}). */
    public ByteReader reader(ErrorFactory errors) throws IOException {
        return reader(0, size(), errors);
    }

    /** Writes all of {@code data} at {@code offset}; writing past the end grows the file (with zeros between). */
    public void write(long offset, byte[] data) throws IOException {
        requireWritable();
        if (offset < 0) {
            throw new IllegalArgumentException("write at " + offset);
        }
        if (data.length == 0) {
            return;
        }
        if (transactional && tempPath == null) {
            long oldSize = size();
            addPending(offset, data.clone());
            size = Math.max(oldSize, offset + data.length);
            dirty = true;
            return;
        }
        FileEdit.writeFully(channel, offset, ByteBuffer.wrap(data));
        if (size >= 0 && offset + data.length > size) {
            size = offset + data.length;
        }
    }

    /** Cuts the file to {@code newSize} bytes (a larger size changes nothing, as for a channel). */
    public void truncate(long newSize) throws IOException {
        requireWritable();
        if (newSize < 0) {
            throw new IllegalArgumentException("truncate to " + newSize);
        }
        if (transactional && tempPath == null) {
            long oldSize = size();
            if (newSize >= oldSize) {
                return;
            }
            clipPending(newSize);
            baseLimit = Math.min(baseLimit, newSize);
            size = newSize;
            dirty = true;
            return;
        }
        channel.truncate(newSize);
        size = -1;
    }

    /**
     * Resizes the area of {@code oldSize} bytes at {@code offset} to {@code newSize}, adding zeros or removing bytes
     * at the area's end. On a file opened from a path the first resize copies the file, with the change applied, to
     * a temporary file beside it; later reads and writes go to that copy until {@link #commit()}.
     */
    public void resize(long offset, long oldSize, long newSize) throws IOException {
        requireWritable();
        if (oldSize == newSize) {
            return;
        }
        long total = size();
        if (offset < 0 || oldSize < 0 || newSize < 0 || offset + oldSize > total) {
            throw new IllegalArgumentException("resize " + oldSize + "->" + newSize + " at " + offset + " of " + total);
        }
        if (transactional && tempPath == null) {
            startTemp(offset, oldSize, newSize);
        } else {
            FileEdit.resizeBytes(channel, oldSize, newSize, offset);
        }
        size = -1;
    }

    /** Inserts {@code n} zero bytes at {@code offset} (see {@link #resize}). */
    public void insert(long offset, long n) throws IOException {
        resize(offset, 0, n);
    }

    /** Deletes {@code n} bytes at {@code offset} (see {@link #resize}). */
    public void delete(long offset, long n) throws IOException {
        resize(offset, n, 0);
    }

    /**
     * Makes the edits durable. With a temporary copy: forces it and moves it over the original atomically. With
     * pending in-place edits: applies them in one channel operation when they amount to one write or one truncation,
     * else through a temporary copy. In-place edits are not forced to disk (mutagen does not fsync either).
     */
    public void commit() throws IOException {
        if (transactional && tempPath == null && dirty) {
            commitPending();
        }
        if (tempPath == null) {
            // In-place edits are left to the OS to flush, as mutagen leaves them: an fsync per save would cost more
            // than the whole tag write. Only the rename below needs the data on disk first.
            return;
        }
        if (channel instanceof FileChannel) {
            ((FileChannel) channel).force(true);
        }
        channel.close();
        try {
            Files.move(tempPath, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tempPath, path, StandardCopyOption.REPLACE_EXISTING);
        }
        tempPath = null;
        resetPending();
        channel = decorator.apply(FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    /** Closes the channel when this source opened it, and drops uncommitted edits and any temporary copy. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        if (ownsChannel || tempPath != null) {
            try {
                channel.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (tempPath != null) {
            try {
                Files.deleteIfExists(tempPath);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
            tempPath = null;
        }
        pending.clear();
        dirty = false;
        // The windows are this source's own copies: once closed, nothing reads them, so the next source opened on
        // this thread can fill them again. (A read after close goes to the closed channel and fails.)
        if (!winALent) {
            recycle(winA);
        }
        if (!winBLent) {
            recycle(winB);
        }
        dropWindows();
        if (failure != null) {
            throw failure;
        }
    }

    // Window buffers of closed sources, two per thread: a reader going through file after file reuses them
    // instead of allocating 8 KiB of fresh heap per file (fresh memory costs page faults on machines that page
    // out idle memory, and more garbage for all).
    private static final ThreadLocal<byte[][]> SPARE_WINDOWS = ThreadLocal.withInitial(() -> new byte[2][]);

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

    private static void recycle(byte[] buf) {
        if (buf == null || buf.length != WINDOW) {
            return;
        }
        byte[][] spare = SPARE_WINDOWS.get();
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

    // ---- pending in-place edits -------------------------------------------------------------------------------

    /** Fills {@code out} from {@code offset} with the current content; answers how many bytes were available. */
    private int readInto(long offset, byte[] out, boolean exact) throws IOException {
        if (out.length == 0) {
            return 0;
        }
        if (memory != null) {
            int n = (int) Math.max(0, Math.min(out.length, memory.length - offset));
            System.arraycopy(memory, (int) Math.min(offset, memory.length), out, 0, n);
            if (n < out.length && exact) {
                throw new EOFException("unexpected end of file at " + (offset + n));
            }
            return n;
        }
        if (!transactional || tempPath != null || !dirty) {
            return readBase(offset, out, out.length, exact);
        }
        // Channel bytes up to baseLimit, zeros after it, pending writes on top.
        int fromBase = (int) Math.max(0, Math.min(out.length, baseLimit - offset));
        int got = readBase(offset, out, fromBase, exact);
        if (got < fromBase) {
            return got;
        }
        // Past what is left of the channel's content the file reads as zeros (the buffer may be reused).
        Arrays.fill(out, fromBase, out.length, (byte) 0);
        overlayPending(offset, out);
        return out.length;
    }

    /** Copies the pending writes that overlap {@code [offset, offset + out.length)} over {@code out}. */
    private void overlayPending(long offset, byte[] out) {
        long end = offset + out.length;
        Long first = pending.floorKey(offset);
        Map<Long, byte[]> view = pending.tailMap(first == null ? offset : first, true);
        for (Map.Entry<Long, byte[]> e : view.entrySet()) {
            long start = e.getKey();
            if (start >= end) {
                break;
            }
            byte[] d = e.getValue();
            long from = Math.max(start, offset);
            long to = Math.min(start + d.length, end);
            if (from < to) {
                System.arraycopy(d, (int) (from - start), out, (int) (from - offset), (int) (to - from));
            }
        }
    }

    /** Reads {@code len} bytes of the channel's own content into the start of {@code out}, from a window if it can. */
    private int readBase(long offset, byte[] out, int len, boolean exact) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (windowsValid()) {
            if (len <= WINDOW) {
                return readCached(offset, out, len, exact);
            }
            if (transactional && len <= MAX_KEPT) {
                return readKept(offset, out, len, exact);
            }
        }
        return readChannel(channel, offset, out, 0, len, exact);
    }

    /** The bytes of a source made over bytes in memory (the caller's array itself, not a copy), else {@code null}. */
    byte[] array() {
        return memory;
    }

    /**
     * How many bytes from {@code offset} on can be read without a system call: the rest of bytes in memory, the rest
     * of a cached window of a file that this source has not changed, else 0.
     */
    int buffered(long offset) {
        if (memory != null) {
            return (int) Math.max(0, memory.length - Math.max(0, offset));
        }
        if (!windowsValid() || (transactional && dirty)) {
            return 0;
        }
        if (offset >= 0 && winA != null && offset >= winAOff && offset < winAOff + winALen) {
            return (int) (winAOff + winALen - offset);
        }
        if (offset >= 0 && winB != null && offset >= winBOff && offset < winBOff + winBLen) {
            return (int) (winBOff + winBLen - offset);
        }
        return 0;
    }

    /**
     * Lends a reader the window holding the {@code n} bytes at {@code offset}, if one does (the reader then reads it
     * in place); false when none does. A lent window is never refilled or recycled, so the reader's view stays valid.
     */
    boolean lendWindow(long offset, int n, ByteReader reader) {
        if (memory != null) {
            if (offset < 0 || offset + n > memory.length) {
                return false;
            }
            reader.window(memory, 0, memory.length);
            return true;
        }
        if (!windowsValid() || (transactional && dirty) || offset < 0) {
            return false;
        }
        if (winA != null && offset >= winAOff && offset + n <= winAOff + winALen) {
            winALent = true;
            reader.window(winA, winAOff, winALen);
            return true;
        }
        if (winB != null && offset >= winBOff && offset + n <= winBOff + winBLen) {
            winBLent = true;
            reader.window(winB, winBOff, winBLen);
            return true;
        }
        return false;
    }

    /**
     * Reads the first window of a read-only file with one system read. A file channel returns fewer bytes only at the
     * end of a regular file, so a short read there also tells the file's size (one fstat less for small files);
     * through a decorator the size is asked for later.
     */
    private void primeHead() throws IOException {
        byte[] buf = newWindow();
        int got = Math.max(0, FileEdit.readAt(channel, 0, ByteBuffer.wrap(buf)));
        winA = buf;
        winAOff = 0;
        winALen = got;
        winALent = false;
        if (got < WINDOW && channel instanceof FileChannel) {
            channelSize = got;
            size = got;
        }
    }

    /** Serves a small read from one of two cached windows, filling one on a miss. */
    private int readCached(long offset, byte[] out, int n, boolean exact) throws IOException {
        if (fromWindow(offset, out, n)) {
            return n;
        }
        long total = channelSize();
        // A read near the end takes the window ending at the end of the file (ID3v1, APEv2 footers and the like).
        long start = offset + WINDOW > total ? Math.max(0, Math.min(offset, total - WINDOW)) : offset;
        int len = (int) Math.min(WINDOW, Math.max(0, total - start));
        if (offset < start || offset + n > start + len) {
            // Past the end as far as we know: read it directly (the file may have grown).
            return readChannel(channel, offset, out, 0, n, exact);
        }
        // Reuse the evicted window's buffer when it is a plain window: winB goes, winA moves to winB.
        byte[] buf = winB != null && winB.length == WINDOW && !winBLent ? winB : newWindow();
        int got = readChannel(channel, start, buf, 0, len, false);
        keep(buf, start, got);
        int avail = (int) Math.max(0, Math.min(n, start + got - offset));
        System.arraycopy(buf, (int) (offset - start), out, 0, avail);
        if (avail < n && exact) {
            throw new EOFException("unexpected end of file at " + (offset + avail));
        }
        return avail;
    }

    /** Serves a larger read of a transactional source from a window, or reads it and keeps it as one. */
    private int readKept(long offset, byte[] out, int n, boolean exact) throws IOException {
        if (fromWindow(offset, out, n)) {
            return n;
        }
        int got = readChannel(channel, offset, out, 0, n, exact);
        keep(Arrays.copyOf(out, got), offset, got);
        return got;
    }

    /** Copies {@code n} bytes at {@code offset} from a window that holds them all; false when none does. */
    private boolean fromWindow(long offset, byte[] out, int n) {
        if (winA != null && offset >= winAOff && offset + n <= winAOff + winALen) {
            System.arraycopy(winA, (int) (offset - winAOff), out, 0, n);
            return true;
        }
        if (winB != null && offset >= winBOff && offset + n <= winBOff + winBLen) {
            System.arraycopy(winB, (int) (offset - winBOff), out, 0, n);
            return true;
        }
        return false;
    }

    /** Makes {@code buf} the newest window; the older of the two is forgotten. */
    private void keep(byte[] buf, long offset, int len) {
        winB = winA;
        winBOff = winAOff;
        winBLen = winALen;
        winBLent = winALent;
        winA = buf;
        winAOff = offset;
        winALen = len;
        winALent = false;
    }

    private static int readChannel(SeekableByteChannel ch, long offset, byte[] out, int off, int len, boolean exact)
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

    private void addPending(long offset, byte[] data) {
        long start = offset;
        long end = offset + data.length;
        // Collect every region that overlaps or touches [start, end) and merge them, the new data winning.
        Long lower = pending.floorKey(start);
        if (lower != null && lower + pending.get(lower).length >= start) {
            start = lower;
        }
        Map.Entry<Long, byte[]> last = pending.floorEntry(end);
        if (last != null && last.getKey() + last.getValue().length > end) {
            end = last.getKey() + last.getValue().length;
        }
        if (start == offset && end == offset + data.length
                && pending.subMap(start, true, end, true).isEmpty()) {
            pending.put(offset, data);
            return;
        }
        byte[] merged = new byte[(int) (end - start)];
        Iterator<Map.Entry<Long, byte[]>> it = pending.subMap(start, true, end, true).entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, byte[]> e = it.next();
            System.arraycopy(e.getValue(), 0, merged, (int) (e.getKey() - start), e.getValue().length);
            it.remove();
        }
        System.arraycopy(data, 0, merged, (int) (offset - start), data.length);
        pending.put(start, merged);
    }

    private void clipPending(long newSize) {
        pending.tailMap(newSize, true).clear();
        Map.Entry<Long, byte[]> last = pending.lastEntry();
        if (last != null && last.getKey() + last.getValue().length > newSize) {
            pending.put(last.getKey(), Arrays.copyOf(last.getValue(), (int) (newSize - last.getKey())));
        }
    }

    private void resetPending() {
        dropWindows();
        pending.clear();
        dirty = false;
        baseLimit = -1;
        size = -1;
    }

    private void commitPending() throws IOException {
        long logical = size();
        long channelSize = channelSize();
        boolean needTruncate = logical < channelSize;
        // The bytes that must change: the pending writes, and zeros where a truncation was followed by growth.
        long dirtyStart = Long.MAX_VALUE;
        long dirtyEnd = Long.MIN_VALUE;
        long written = 0;
        for (Map.Entry<Long, byte[]> e : pending.entrySet()) {
            dirtyStart = Math.min(dirtyStart, e.getKey());
            dirtyEnd = Math.max(dirtyEnd, e.getKey() + e.getValue().length);
            written += e.getValue().length;
        }
        long zeroEnd = Math.min(channelSize, logical);
        if (baseLimit < zeroEnd) {
            dirtyStart = Math.min(dirtyStart, baseLimit);
            dirtyEnd = Math.max(dirtyEnd, zeroEnd);
        }
        if (dirtyStart == Long.MAX_VALUE) {
            if (needTruncate) {
                channel.truncate(logical);
            }
            resetPending();
            return;
        }
        if (!needTruncate && baseLimit >= zeroEnd && dirtyEnd <= channelSize) {
            writeRegionsInPlace();
            resetPending();
            return;
        }
        long span = dirtyEnd - dirtyStart;
        if (!needTruncate && span - written <= MAX_MERGE_GAP && span <= Limits.MAX_ARRAY) {
            // One write: read everything it needs first, so a failure leaves the file as it was.
            byte[] block = new byte[(int) span];
            readInto(dirtyStart, block, true);
            dropWindows();
            FileEdit.writeFully(channel, dirtyStart, ByteBuffer.wrap(block));
            resetPending();
            return;
        }
        startTemp(0, 0, 0);
    }

    /**
     * Applies pending writes that stay inside the file, whose size does not change: regions rewritten with their own
     * bytes (an unchanged ID3v1 tag, say) are dropped, regions less than {@link #MAX_MERGE_GAP} apart are merged, and
     * each remaining region is one positional write. Writing two distant regions (an ID3v2 tag at the start and an
     * ID3v1 tag at the end) in place keeps a save O(tag size); if a later write fails, the earlier ones are written
     * back with their old bytes, so that at worst each region holds either its old or its new bytes.
     */
    private void writeRegionsInPlace() throws IOException {
        List<long[]> spans = new ArrayList<>(); // [start, end) of merged regions, in offset order
        for (Map.Entry<Long, byte[]> e : pending.entrySet()) {
            long start = e.getKey();
            long end = start + e.getValue().length;
            long[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && start - last[1] <= MAX_MERGE_GAP) {
                last[1] = Math.max(last[1], end);
            } else {
                spans.add(new long[] {start, end});
            }
        }
        List<long[]> done = new ArrayList<>();
        List<byte[]> undo = new ArrayList<>();
        for (long[] span : spans) {
            // The old bytes come from the windows when the parser read them (the file is unchanged so far).
            byte[] old = new byte[(int) (span[1] - span[0])];
            readBase(span[0], old, old.length, true);
            byte[] now = old.clone();
            overlayPending(span[0], now);
            if (Arrays.equals(old, now)) {
                continue;
            }
            try {
                FileEdit.writeFully(channel, span[0], ByteBuffer.wrap(now));
            } catch (IOException e) {
                dropWindows();
                for (int i = done.size() - 1; i >= 0; i--) {
                    try {
                        FileEdit.writeFully(channel, done.get(i)[0], ByteBuffer.wrap(undo.get(i)));
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                throw e;
            }
            done.add(span);
            undo.add(old);
        }
    }

    /**
     * Copies the current content to a temporary file beside the original, with the area of {@code oldSize} bytes at
     * {@code offset} resized to {@code newSize}, and continues editing there.
     */
    private void startTemp(long offset, long oldSize, long newSize) throws IOException {
        long total = size();
        Path dir = path.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".mutagen-tmp");
        SeekableByteChannel out = null;
        try {
            copyPermissions(path, temp);
            out = decorator.apply(FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE));
            long keep = offset + Math.min(oldSize, newSize);
            copyOut(0, out, 0, keep);
            if (newSize > oldSize) {
                FileEdit.zero(out, keep, newSize - oldSize);
            }
            long tailFrom = offset + oldSize;
            copyOut(tailFrom, out, offset + newSize, total - tailFrom);
        } catch (IOException | RuntimeException e) {
            closeQuietly(out, e);
            Files.deleteIfExists(temp);
            throw e;
        }
        dropWindows();
        tempPath = temp;
        SeekableByteChannel original = channel;
        channel = out;
        pending.clear();
        dirty = false;
        baseLimit = -1;
        size = -1;
        original.close();
    }

    /** Copies {@code count} bytes of the current content (pending edits included) to another channel. */
    private void copyOut(long from, SeekableByteChannel to, long toPos, long count) throws IOException {
        if (!dirty) {
            FileEdit.copy(channel, from, to, toPos, count);
            return;
        }
        byte[] buf = new byte[(int) Math.max(1, Math.min(FileEdit.BUFFER_SIZE, count))];
        for (long done = 0; done < count; ) {
            int n = (int) Math.min(buf.length, count - done);
            byte[] chunk = n == buf.length ? buf : new byte[n];
            readInto(from + done, chunk, true);
            FileEdit.writeFully(to, toPos + done, ByteBuffer.wrap(chunk));
            done += n;
        }
    }

    private void requireWritable() throws IOException {
        if (!writable) {
            throw new MutagenError("file not opened for writing: " + (name.isEmpty() ? "<channel>" : name));
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not allowed: the copy keeps default permissions.
        }
    }

    private static void closeQuietly(SeekableByteChannel ch, Exception primary) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                primary.addSuppressed(e);
            }
        }
    }
}
