// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * <p><b>Editing</b> is transactional: {@link #write}, {@link #resize}, {@link #insert}, {@link #delete},
 * {@link #truncate} and {@link #apply(EditPlan)} build an {@link EditPlan} that every read sees, and nothing reaches
 * the file before {@link #commit()}; {@link #close()} without a commit discards every edit. Commit edits the file in
 * place (its inode, links, owner, mode and extended attributes stay; a symbolic link is followed): same-size regions
 * rewritten with their own bytes are skipped and nearby ones merged, so a save that fits its padding is one
 * positional write per changed region; a size change moves only the bytes after it, chunk by chunk through a bounded
 * buffer. On a file opened from a path, any commit that is more than one atomic system call is journaled first
 * ({@link SaveMode}): a process killed at any instant leaves a file that the next writable open (or
 * {@link #recover(Path)}) brings back to its old bytes; a commit that fails in this process is undone at once. While
 * a save runs, a concurrent reader can see a file with part of the bytes moved; mutagen's saves are no different.
 *
 * <p>A caller's channel ({@link #of(SeekableByteChannel, String, boolean)}) is edited in place the same way, without
 * a journal, as mutagen edits a file object.
 *
 * <p>Not thread-safe; sources of different files are independent.
 */
public final class FileSource implements Closeable {
    private final Path path;
    // The file itself: the path, or a symbolic link's target (where a save's journal lies).
    private Path target;
    private final String name;
    private final boolean writable;
    private final boolean ownsChannel;
    private final boolean transactional;
    private SeekableByteChannel channel;
    // Bytes in memory are read directly (a channel over them would cost a buffer wrap and a copy per read).
    private final byte[] memory;
    private long size = -1;

    // The edits not yet committed (null while there are none); reads see them.
    private Transaction edits;
    private SaveMode mode = SaveMode.JOURNAL;
    private long journalBytes;
    private long spilledBytes;
    private boolean recovered;

    // A path-backed source's read cache (see ReadCache); null for a caller's channel or bytes.
    private final ReadCache cache;

    private FileSource(Path path, String name, SeekableByteChannel channel, boolean writable, boolean ownsChannel) {
        this(path, name, channel, null, writable, ownsChannel);
    }

    private FileSource(Path path, String name, SeekableByteChannel channel, byte[] memory, boolean writable,
                       boolean ownsChannel) {
        this.path = path;
        this.memory = memory;
        this.name = name;
        this.channel = channel;
        this.writable = writable;
        this.ownsChannel = ownsChannel;
        this.transactional = writable && path != null;
        this.cache = path != null ? new ReadCache(channel, transactional) : null;
    }

    /**
     * Opens a file for reading. An open failure is a {@link MutagenError} with Python's text for it.
     *
     * @param path the file's path
     * @return the file for reading opened
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public static FileSource open(Path path) throws MutagenError {
        return open(path, false, UnaryOperator.identity());
    }

    /**
     * Opens a file for transactional editing (see the class comment); nothing changes before {@link #commit()}.
     *
     * @param path the file's path
     * @return the {@code FileSource}
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public static FileSource openWritable(Path path) throws MutagenError {
        return open(path, true, UnaryOperator.identity());
    }

    /**
     * Opens a file for transactional editing, creating it empty first when {@code create} is set and it does not
     * exist (mutagen's {@code loadfile(create=True)}, used by tag-only formats such as ID3 and APEv2).
     *
     * @param path the file's path
     * @param create the create
     * @return the {@code FileSource}
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public static FileSource openWritable(Path path, boolean create) throws MutagenError {
        return open(path, true, create, UnaryOperator.identity());
    }

    /**
     * Opens a file through a channel decorator, which wraps every channel this source opens on the file or its
     * temporary copy (to count or fault I/O in tests and benchmarks).
     *
     * @param path the file's path
     * @param writable whether to open for writing
     * @param decorator the decorator
     * @return the {@code FileSource}
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public static FileSource open(Path path, boolean writable, UnaryOperator<SeekableByteChannel> decorator)
            throws MutagenError {
        return open(path, writable, false, decorator);
    }

    private static FileChannel openForWrite(Path path, boolean create, OpenOption... more) throws IOException {
        Set<OpenOption> options = new HashSet<>(List.of(StandardOpenOption.READ, StandardOpenOption.WRITE));
        if (create) {
            options.add(StandardOpenOption.CREATE);
        }
        options.addAll(List.of(more));
        return FileChannel.open(path, options);
    }

    /**
     * Opens a file through a channel decorator, creating it empty first when writable and {@code create} is set.
     *
     * @param path the file's path
     * @param writable whether to open for writing
     * @param create the create
     * @param decorator the decorator
     * @return the {@code FileSource}
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public static FileSource open(Path path, boolean writable, boolean create,
                                  UnaryOperator<SeekableByteChannel> decorator) throws MutagenError {
        SeekableByteChannel decorated = null;
        try {
            Path target = path;
            SeekableByteChannel ch;
            if (!writable) {
                ch = FileChannel.open(path, StandardOpenOption.READ);
            } else {
                // Opened without following a symbolic link, so the journal knows where the file lies with no lstat
                // per save; a link (ELOOP) is opened again through its target.
                try {
                    ch = openForWrite(path, create, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) { // the JDK reports ELOOP as a plain IOException
                    if (!Files.isSymbolicLink(path)) {
                        throw e;
                    }
                    ch = openForWrite(path, create);
                    target = path.toRealPath();
                }
            }
            try {
                decorated = decorator.apply(ch);
            } catch (RuntimeException e) {
                ch.close();
                throw e;
            }
            FileSource source = new FileSource(path, path.toString(), decorated, writable, true);
            source.target = target;
            if (writable) {
                // A save of this file that was cut short left a journal: bring the file back before anyone reads it.
                Path journal = Journal.find(target);
                if (journal != null) {
                    Journal.recover(path, journal, decorated);
                    source.recovered = true;
                }
            } else {
                // Every reader starts at the head: reading it now costs nothing extra, and it is where Linux reports
                // a directory (opening one for reading succeeds), so the error comes from open() as in Python.
                source.primeHead();
            }
            return source;
        } catch (IOException e) {
            closeQuietly(decorated, e);
            throw (e instanceof MutagenError ? (MutagenError) e : PyErrors.wrap(e, path.toString())).withPath(path);
        }
    }

    /** Work on an open source. */
    @FunctionalInterface
    public interface Work {
        /**
         * Does the work.
         *
         * @param source the file to read (or to edit in place)
         * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
         */
        void on(FileSource source) throws IOException;
    }

    /**
     * Opens the file at the path for reading, runs the work on it (a format's load) and closes it; every I/O failure
     * becomes the format's error ({@link ErrorFactory#convert}), an open failure Python's text for it.
     *
     * @param path the file's path
     * @param errors the format's error factory (its error class and mutagen's words)
     * @param work the work to do
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public static void read(Path path, ErrorFactory errors, Work work) throws MutagenError {
        try (FileSource source = open(path)) {
            work.on(source);
        } catch (IOException e) {
            throw errors.convert(e).withPath(path);
        }
    }

    /**
     * Opens the file at the path for editing in the given mode, runs the work on it and commits (nothing changes
     * when the work fails); every I/O failure becomes the format's error ({@link ErrorFactory#convert}).
     *
     * @param path the file's path
     * @param mode the mode
     * @param errors the format's error factory (its error class and mutagen's words)
     * @param work the work to do
     * @throws MutagenError if the data is invalid or cannot be read
     */
    public static void edit(Path path, SaveMode mode, ErrorFactory errors, Work work) throws MutagenError {
        try (FileSource source = openWritable(path)) {
            source.saveMode(mode);
            work.on(source);
            source.commit();
        } catch (IOException e) {
            throw errors.convert(e).withPath(path);
        }
    }

    /**
     * A source over a caller's channel, which is neither closed nor replaced: edits happen in place.
     *
     * @param name the file name used for format detection (may be empty)
     * @param channel the channel
     * @param writable whether to open for writing
     * @return a source over a caller's channel, which is neither closed nor replaced: edits happen in place
     */
    public static FileSource of(SeekableByteChannel channel, String name, boolean writable) {
        return new FileSource(null, name == null ? "" : name, channel, writable, false);
    }

    /**
     * A read-only source over bytes in memory.
     *
     * @param data the bytes
     * @param name the name
     * @return a read-only source over bytes in memory
     */
    public static FileSource of(byte[] data, String name) {
        FileSource source = new FileSource(null, name == null ? "" : name, null, data, false, false);
        source.size = data.length;
        return source;
    }

    /**
     * The path, or {@code null} for a channel or bytes.
     *
     * @return the path, or {@code null} for a channel or bytes
     */
    public Path path() {
        return path;
    }

    /**
     * The name used for detection: the path as given, or the caller's name, or "".
     *
     * @return the name used for detection: the path as given, or the caller's name, or ""
     */
    public String name() {
        return name;
    }

    /**
     * Whether this source may be written.
     *
     * @return whether this source may be written
     */
    public boolean isWritable() {
        return writable;
    }

    /**
     * The channel of the file's original bytes. It does not show edits that are not committed yet; writing to it
     * bypasses them.
     *
     * @return the channel of the file's original bytes
     */
    public SeekableByteChannel channel() {
        if (channel == null) {
            channel = MemoryChannel.readOnly(memory);
        }
        return channel;
    }

    /**
     * How saves guard against being cut short ({@link SaveMode#JOURNAL} unless set).
     *
     * @param newMode the new mode
     * @return how saves guard against being cut short ({@link SaveMode#JOURNAL} unless set)
     */
    public FileSource saveMode(SaveMode newMode) {
        this.mode = java.util.Objects.requireNonNull(newMode);
        return this;
    }

    /**
     * The current size in bytes, edits included.
     *
     * @return the current size in bytes, edits included
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public long size() throws IOException {
        if (edits != null) {
            return edits.size();
        }
        if (size < 0) {
            size = channelSize();
        }
        return size;
    }

    /** The size of the channel's own content (asked once while the read cache is valid). */
    private long channelSize() throws IOException {
        return cache != null ? cache.size() : channel.size();
    }

    /** Forgets the cached windows and size, after this source changed the file. */
    private void dropWindows() {
        if (cache != null) {
            cache.drop();
        }
    }

    /**
     * Reads up to {@code n} bytes at {@code offset}; fewer only at the end of the file (Python's {@code read(n)}).
     * The length is clamped to what the file holds before anything is allocated.
     *
     * @param offset the offset in bytes
     * @param n the number
     * @return the bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
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
     * @param offset the offset in bytes
     * @param n the number
     * @param errors the format's error factory (its error class and mutagen's words)
     * @return the bytes
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
     * @param offset the offset in bytes
     * @param n the number
     * @param errors the format's error factory (its error class and mutagen's words)
     * @return a reader over exactly {@code n} bytes at {@code offset} (checked against the file's size now)
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

    /**
     * A reader over the whole file (see {@link #reader(long, long, ErrorFactory)}).
     *
     * @param errors the format's error factory (its error class and mutagen's words)
     * @return a reader over the whole file (see {@link #reader(long, long, ErrorFactory)})
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public ByteReader reader(ErrorFactory errors) throws IOException {
        return reader(0, size(), errors);
    }

    /**
     * Writes all of {@code data} at {@code offset}; writing past the end grows the file (with zeros between).
     *
     * @param offset the offset in bytes
     * @param data the bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void write(long offset, byte[] data) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("write at " + offset);
        }
        if (data.length > 0) {
            edits().write(offset, data, true);
        }
    }

    /**
     * Cuts the file to {@code newSize} bytes (a larger size changes nothing, as for a channel).
     *
     * @param newSize the new size in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void truncate(long newSize) throws IOException {
        if (newSize < 0) {
            throw new IllegalArgumentException("truncate to " + newSize);
        }
        edits().truncate(newSize);
    }

    /**
     * Resizes the area of {@code oldSize} bytes at {@code offset} to {@code newSize}, adding zeros or removing bytes
     * at the area's end.
     *
     * @param offset the offset in bytes
     * @param oldSize the old size in bytes
     * @param newSize the new size in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void resize(long offset, long oldSize, long newSize) throws IOException {
        long total = size();
        if (offset < 0 || oldSize < 0 || newSize < 0 || offset + oldSize > total) {
            throw new IllegalArgumentException("resize " + oldSize + "->" + newSize + " at " + offset + " of " + total);
        }
        edits().resize(offset, oldSize, newSize);
    }

    /**
     * Inserts {@code n} zero bytes at {@code offset} (see {@link #resize}).
     *
     * @param offset the offset in bytes
     * @param n the number
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void insert(long offset, long n) throws IOException {
        resize(offset, 0, n);
    }

    /**
     * Deletes {@code n} bytes at {@code offset} (see {@link #resize}).
     *
     * @param offset the offset in bytes
     * @param n the number
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(long offset, long n) throws IOException {
        resize(offset, n, 0);
    }

    /**
     * Adds a writer's plan for the original bytes to the edits; a plan that follows other edits must not overlap
     * them. The plan's splices are in the original file's coordinates (see {@link EditPlan#replace}).
     *
     * @param plan the plan
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void apply(EditPlan plan) throws IOException {
        Transaction t = edits();
        if (plan.originalSize() != t.plan().originalSize()) {
            throw new IllegalArgumentException(plan + " is not a plan for this file of " + t.plan().originalSize()
                    + " bytes");
        }
        for (EditPlan.Splice s : plan.splices()) {
            t.replace(s);
        }
    }

    private Transaction edits() throws IOException {
        requireWritable();
        if (edits == null) {
            edits = new Transaction(size());
        }
        return edits;
    }

    /**
     * Applies the edits to the file, in place (see {@link EditPlan} and {@link SaveMode}): only the bytes from the
     * first size change on move, through a bounded buffer; a file opened from a path is journaled, so that a process
     * killed at any instant leaves the old bytes or the new ones once the next writable open has run. A save that
     * fails in this process is undone before the error is thrown.
     *
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void commit() throws IOException {
        if (edits == null) {
            return;
        }
        Transaction t = edits;
        edits = null;
        size = -1;
        try {
            t.commit(channel, transactional ? target : null, mode, this::readOriginal);
        } catch (MutagenError e) {
            throw e;
        } catch (IOException e) {
            // Every save error names the file (a disk full says nothing of which file it was writing).
            throw name.isEmpty() ? e : new IOException(PyErrors.wrap(e, name).getMessage(), e);
        } finally {
            journalBytes = t.journalBytes();
            spilledBytes = t.spilled();
            dropWindows();
            t.close();
        }
    }

    /** The bytes of the last commit's pending writes that went to a spill file (0 when none did). */
    long spilledBytes() {
        return spilledBytes;
    }

    /** The bytes the journal of the last commit wrote (0 when it needed none). */
    long journalBytes() {
        return journalBytes;
    }

    /**
     * Brings a file whose save was cut short (its process killed) back to its old bytes, from the journal the save
     * left; does nothing when there is none. A writable open does the same.
     *
     * @param path the file's path
     * @return whether there was a journal to recover from
     * @throws MutagenError when a save of the file is still in progress in a live process, or the file cannot be
     *     opened
     */
    public static boolean recover(Path path) throws MutagenError {
        try (FileSource s = open(path, true, false, UnaryOperator.identity())) {
            return s.recovered;
        } catch (IOException e) {
            throw (e instanceof MutagenError ? (MutagenError) e : PyErrors.wrap(e, path.toString())).withPath(path);
        }
    }

    /** Closes the channel when this source opened it, and drops uncommitted edits. */
    @Override
    public void close() throws IOException {
        IOException failure = null;
        if (edits != null) {
            try {
                edits.close();
            } catch (IOException e) {
                failure = e;
            }
            edits = null;
        }
        if (ownsChannel) {
            try {
                channel.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        // The windows are this source's own copies: once closed, nothing reads them, so the next source opened on
        // this thread can fill them again. (A read after close goes to the closed channel and fails.)
        if (cache != null) {
            cache.close();
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ---- reads through the edits ------------------------------------------------------------------------------

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
        if (edits == null) {
            return readBase(offset, out, out.length, exact);
        }
        // read() clamps to the current size, so the whole range is there.
        edits.read(offset, out, this::readOriginal);
        return out.length;
    }

    /** Reads original bytes (through the windows) into {@code out} at {@code at}; they must all be there. */
    private void readOriginal(long offset, byte[] out, int at, int len) throws IOException {
        if (at == 0) {
            readBase(offset, out, len, true);
            return;
        }
        byte[] part = new byte[len];
        readBase(offset, part, len, true);
        System.arraycopy(part, 0, out, at, len);
    }

    /** Reads {@code len} bytes of the channel's own content into the start of {@code out}, from a window if it can. */
    private int readBase(long offset, byte[] out, int len, boolean exact) throws IOException {
        if (cache != null) {
            return cache.read(offset, out, len, exact);
        }
        return len == 0 ? 0 : ReadCache.readChannel(channel, offset, out, 0, len, exact);
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
        return cache == null || edits != null ? 0 : cache.buffered(offset);
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
        return cache != null && edits == null && cache.lend(offset, n, reader);
    }

    /** Reads the head of a read-only file at open (see {@link ReadCache#primeHead()}). */
    private void primeHead() throws IOException {
        long known = cache.primeHead();
        if (known >= 0) {
            size = known;
        }
    }

    private void requireWritable() throws IOException {
        if (!writable) {
            throw new MutagenError("file not opened for writing: " + (name.isEmpty() ? "<channel>" : name));
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
