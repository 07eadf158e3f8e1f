// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.UnaryOperator;
import mutagen.MutagenError;

/**
 * A file being read or edited: positional, bounded reads and writes over a {@link SeekableByteChannel}.
 *
 * <p>Parsers ask for exactly the bytes they need ({@link #read(long, int)}, {@link #readExactly}); nothing reads a
 * whole file. Edits that change the file's length ({@link #resize}) on a file opened from a path are made on a
 * temporary copy beside it, which {@link #commit()} moves over the original atomically: a save that fails leaves
 * the original untouched. Edits of a caller's channel are made in place.
 *
 * <p>Not thread-safe; readers of different files are independent.
 */
public final class FileSource implements Closeable {
    private static final String[] NO_DECORATION = {};

    private final Path path;
    private final String name;
    private final boolean writable;
    private final boolean ownsChannel;
    private final UnaryOperator<SeekableByteChannel> decorator;
    private SeekableByteChannel channel;
    private Path tempPath;
    private long size = -1;

    private FileSource(Path path, String name, SeekableByteChannel channel, boolean writable, boolean ownsChannel,
                       UnaryOperator<SeekableByteChannel> decorator) {
        this.path = path;
        this.name = name;
        this.channel = channel;
        this.writable = writable;
        this.ownsChannel = ownsChannel;
        this.decorator = decorator;
    }

    /** Opens a file for reading. An open failure is a {@link MutagenError} with Python's text for it. */
    public static FileSource open(Path path) throws MutagenError {
        return open(path, false, UnaryOperator.identity());
    }

    /** Opens a file for reading and writing. */
    public static FileSource openWritable(Path path) throws MutagenError {
        return open(path, true, UnaryOperator.identity());
    }

    /**
     * Opens a file through a channel decorator, which wraps every channel this source opens on the file or its
     * temporary copy (to count or fault I/O in tests and benchmarks).
     */
    public static FileSource open(Path path, boolean writable, UnaryOperator<SeekableByteChannel> decorator)
            throws MutagenError {
        try {
            if (Files.isDirectory(path)) {
                throw new MutagenError(PyErrors.format(21, "Is a directory", path.toString()));
            }
            SeekableByteChannel ch = writable
                    ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(path, StandardOpenOption.READ);
            return new FileSource(path, path.toString(), decorator.apply(ch), writable, true, decorator);
        } catch (MutagenError e) {
            throw e;
        } catch (IOException e) {
            throw PyErrors.wrap(e, path.toString());
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
        return of(MemoryChannel.readOnly(data), name, false);
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

    /** The channel currently read and written (the temporary copy once a resize has started one). */
    public SeekableByteChannel channel() {
        return channel;
    }

    /** The current size in bytes. */
    public long size() throws IOException {
        if (size < 0) {
            size = channel.size();
        }
        return size;
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
        ByteBuffer buf = ByteBuffer.wrap(out);
        while (buf.hasRemaining()) {
            int r = FileEdit.readAt(channel, offset + buf.position(), buf);
            if (r < 0) {
                // The file shrank under us: answer what was there.
                return java.util.Arrays.copyOf(out, buf.position());
            }
        }
        return out;
    }

    /**
     * Reads exactly {@code n} bytes at {@code offset}, checking {@code n} against what is left before allocating.
     *
     * @throws MutagenError from {@code errors} when the file is too short
     */
    public byte[] readExactly(long offset, long n, ErrorFactory errors) throws IOException {
        Limits.checkLength(n, size() - offset, errors);
        byte[] data = read(offset, (int) n);
        if (data.length != n) {
            throw errors.create("truncated data: needed " + n + " bytes at offset " + offset);
        }
        return data;
    }

    /** A reader over exactly {@code n} bytes at {@code offset}. */
    public ByteReader reader(long offset, long n, ErrorFactory errors) throws IOException {
        byte[] data = readExactly(offset, n, errors);
        return new ByteReader(data, 0, data.length, offset, errors);
    }

    /** Writes all of {@code data} at {@code offset}. */
    public void write(long offset, byte[] data) throws IOException {
        requireWritable();
        FileEdit.writeFully(channel, offset, ByteBuffer.wrap(data));
        if (size >= 0 && offset + data.length > size) {
            size = offset + data.length;
        }
    }

    /** Cuts the file to {@code newSize} bytes. */
    public void truncate(long newSize) throws IOException {
        requireWritable();
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
        if (path == null || tempPath != null) {
            FileEdit.resizeBytes(channel, oldSize, newSize, offset);
        } else {
            copyToTemp(offset, oldSize, newSize, total);
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

    private void copyToTemp(long offset, long oldSize, long newSize, long total) throws IOException {
        Path dir = path.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".mutagen-tmp");
        SeekableByteChannel out = null;
        try {
            out = decorator.apply(FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE));
            long keep = offset + Math.min(oldSize, newSize);
            FileEdit.copy(channel, 0, out, 0, keep);
            if (newSize > oldSize) {
                FileEdit.zero(out, keep, newSize - oldSize);
            }
            long tailFrom = offset + oldSize;
            FileEdit.copy(channel, tailFrom, out, offset + newSize, total - tailFrom);
            copyPermissions(path, temp);
        } catch (IOException | RuntimeException e) {
            closeQuietly(out, e);
            Files.deleteIfExists(temp);
            throw e;
        }
        tempPath = temp;
        SeekableByteChannel original = channel;
        channel = out;
        original.close();
    }

    /**
     * Makes the edits durable: forces the channel and, when a temporary copy was made, moves it over the original
     * atomically. Without a temporary copy this only forces a file channel.
     */
    public void commit() throws IOException {
        if (tempPath == null) {
            if (channel instanceof FileChannel && writable) {
                ((FileChannel) channel).force(false);
            }
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
        channel = decorator.apply(FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE));
        size = -1;
    }

    /** Closes the channel when this source opened it, and drops an uncommitted temporary copy. */
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
        if (failure != null) {
            throw failure;
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
