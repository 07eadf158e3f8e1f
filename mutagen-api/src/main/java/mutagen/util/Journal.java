// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import mutagen.MutagenError;

/**
 * The undo journal of one save in progress: enough to bring a file back to its old bytes after the saving process
 * died at any instant, and never a copy of the file.
 *
 * <p>Before a save overwrites an original byte, it writes the journal's header: the file's old size, the shape of
 * the plan (each splice's offset, old and new length) and the old bytes of the splices' ranges. Each chunk move then
 * records its place (and the chunk's bytes when its write overlaps its own source) in one of two alternating slots
 * before it writes; so the journal holds at most the old tag bytes and two chunks. Removing the journal is the
 * save's commit point. {@link #recover} first finishes the moves the slots say were under way, then moves every run
 * back, writes the old bytes of the splices back and cuts the file to its old size.
 *
 * <p>The journal lies beside the file ({@code .NAME.mutagen-journal}, beside the link's target for a symbolic
 * link), or, when that folder cannot be written, in the fallback folder: the system property
 * {@code mutagen.journal.dir}, else {@code java.io.tmpdir/mutagen-journals-USER}, named after the file's device and
 * inode. A live save holds a lock on it, so another process does not recover a save in progress.
 *
 * <p>Against the death of the process the journal needs no {@code fsync}: the page cache outlives the process.
 * With {@code durable} set, the journal is forced before the file is touched and before each chunk, and the file is
 * forced before the journal goes, which also survives a power loss.
 */
final class Journal implements Closeable {
    static final byte FORWARD = 1;
    static final byte MOVED = 2;
    static final byte UNDO = 3;

    private static final byte[] MAGIC = "MGNJRNL1".getBytes(StandardCharsets.US_ASCII);
    static final int SLOT_MAGIC = 0x534c4f54; // "SLOT"
    static final int SLOT_HEAD = 4 + 8 + 1 + 4 + 8 + 4;
    /** Old bytes up to this size go into the journal with its header in one write. */
    private static final int SMALL_HEADER = 1 << 16;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean durable;
    private final long slotsAt;
    private final int chunk;
    private long seq;
    private long written;

    private Journal(Path path, FileChannel channel, FileLock lock, boolean durable, long slotsAt, int chunk) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
        this.durable = durable;
        this.slotsAt = slotsAt;
        this.chunk = chunk;
    }

    /** The room one slot takes: its head, a whole chunk and the checksum. */
    static long slotSize(int chunk) {
        return SLOT_HEAD + chunk + 4L;
    }

    /**
     * A journal over an open journal file whose lock the caller holds, recording after slot {@code seq} (a recovery
     * records its own moves, so that a recovery that dies can be recovered too).
     */
    static Journal resume(FileChannel channel, long slotsAt, int chunk, long seq) {
        Journal j = new Journal(null, channel, null, false, slotsAt, chunk);
        j.seq = seq;
        return j;
    }

    /** Where the journal of {@code file} lies, or would lie, beside it (beside the target of a symbolic link). */
    static Path besidePath(Path file) throws IOException {
        return besideTarget(Files.isSymbolicLink(file) ? file.toRealPath() : file);
    }

    /** {@link #besidePath} of a path that is not a symbolic link (the caller knows: no lstat per save). */
    private static Path besideTarget(Path target) {
        Path real = target.toAbsolutePath();
        return real.resolveSibling("." + real.getFileName() + ".mutagen-journal");
    }

    /** The fallback folder for files whose own folder cannot be written. */
    static Path fallbackFolder() {
        String dir = System.getProperty("mutagen.journal.dir");
        if (dir != null && !dir.isEmpty()) {
            return Path.of(dir);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "mutagen-journals-" + System.getProperty("user.name"));
    }

    private static Path fallbackPath(Path file) throws IOException {
        Object dev = Files.getAttribute(file, "unix:dev");
        Object ino = Files.getAttribute(file, "unix:ino");
        return fallbackFolder().resolve(dev + "-" + ino + ".mutagen-journal");
    }

    /**
     * The journal left by a save of {@code target} that did not finish, or null; {@code target} is not a symbolic
     * link (a link's target, resolved by the caller).
     */
    static Path find(Path target) throws IOException {
        Path beside = besideTarget(target);
        if (Files.exists(beside)) {
            return beside;
        }
        if (Files.isDirectory(fallbackFolder())) {
            try {
                Path fallback = fallbackPath(target);
                return Files.exists(fallback) ? fallback : null;
            } catch (UnsupportedOperationException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Starts the journal of a save of {@code plan} to {@code file} (not a symbolic link: its target): creates and
     * locks it and writes its header with the old bytes of the splices, read from {@code original}.
     */
    static Journal begin(Path file, EditPlan.OriginalReader original, EditPlan plan, boolean durable) throws IOException {
        Path where = besideTarget(file);
        FileChannel ch;
        try {
            ch = create(where);
        } catch (FileSystemException | java.nio.file.ReadOnlyFileSystemException e) {
            // A folder the process cannot write (or a read-only mount whose file is writable through a bind): the
            // journal goes to the fallback folder.
            boolean denied = e instanceof AccessDeniedException || e instanceof java.nio.file.ReadOnlyFileSystemException
                    || ((FileSystemException) e).getReason() != null
                    && ((FileSystemException) e).getReason().contains("Read-only");
            if (!denied) {
                throw e;
            }
            where = fallbackPath(file);
            Files.createDirectories(where.getParent());
            ch = create(where);
        }
        Journal j = null;
        try {
            FileLock lock = ch.lock();
            long slotsAt = writeHeader(ch, file, original, plan, durable);
            j = new Journal(where, ch, lock, durable, slotsAt, Splicer.CHUNK);
            j.written = slotsAt;
            if (durable) {
                ch.force(true);
                forceFolder(where.getParent());
            }
            return j;
        } catch (IOException | RuntimeException e) {
            try {
                ch.close();
                Files.deleteIfExists(where);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static FileChannel create(Path journal) throws IOException {
        return FileChannel.open(journal, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    private static long writeHeader(FileChannel ch, Path file, EditPlan.OriginalReader original, EditPlan plan,
                                    boolean durable) throws IOException {
        byte[] name = file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
        int n = plan.splices().size();
        ByteBuffer head = ByteBuffer.allocate(8 + 4 + 8 + 8 + 4 + 4 + 4 + name.length + n * 24)
                .order(ByteOrder.BIG_ENDIAN);
        head.put(MAGIC).putInt(Splicer.CHUNK).putLong(plan.originalSize()).putLong(plan.newSize())
                .putInt(durable ? 1 : 0).putInt(n).putInt(name.length).put(name);
        for (EditPlan.Splice s : plan.splices()) {
            head.putLong(s.offset()).putLong(s.oldLength()).putLong(s.length());
        }
        head.flip();
        CRC32 crc = new CRC32();
        crc.update(head.duplicate());
        long old = oldBytes(plan);
        if (old <= SMALL_HEADER) {
            // A tag-sized header goes out in one write (a save that fits its padding pays one system call for it).
            ByteBuffer all = ByteBuffer.allocate(head.remaining() + (int) old + 4);
            all.put(head);
            for (EditPlan.Splice s : plan.splices()) {
                original.read(s.offset(), all.array(), all.position(), (int) s.oldLength());
                all.position(all.position() + (int) s.oldLength());
            }
            crc.update(all.array(), all.position() - (int) old, (int) old);
            all.putInt((int) crc.getValue()).flip();
            return write(ch, 0, all);
        }
        long at = write(ch, 0, head);
        byte[] buf = new byte[(int) Math.min(Splicer.CHUNK, Math.max(1, old))];
        for (EditPlan.Splice s : plan.splices()) {
            for (long done = 0; done < s.oldLength(); ) {
                int len = (int) Math.min(buf.length, s.oldLength() - done);
                original.read(s.offset() + done, buf, 0, len);
                crc.update(buf, 0, len);
                at = write(ch, at, ByteBuffer.wrap(buf, 0, len));
                done += len;
            }
        }
        ByteBuffer tail = ByteBuffer.allocate(4).putInt((int) crc.getValue()).flip();
        return write(ch, at, tail);
    }

    private static long oldBytes(EditPlan plan) {
        long n = 0;
        for (EditPlan.Splice s : plan.splices()) {
            n += s.oldLength();
        }
        return n;
    }

    private static long write(FileChannel ch, long at, ByteBuffer buf) throws IOException {
        int n = buf.remaining();
        FileEdit.writeFully(ch, at, buf);
        return at + n;
    }

    /**
     * Records that chunk {@code k} of move {@code step} of {@code phase} is about to be written, with its bytes when
     * {@code data} is given; slots alternate, so a torn record leaves the one before it.
     */
    void record(byte phase, int step, long k, byte[] data, int n) throws IOException {
        seq++;
        ByteBuffer b = ByteBuffer.allocate(SLOT_HEAD + n + 4);
        b.putInt(SLOT_MAGIC).putLong(seq).put(phase).putInt(step).putLong(k).putInt(n);
        if (n > 0) {
            b.put(data, 0, n);
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 4, b.position() - 4);
        b.putInt((int) crc.getValue()).flip();
        long at = slotsAt + (seq & 1) * slotSize(chunk);
        written += b.remaining();
        FileEdit.writeFully(channel, at, b);
        if (durable) {
            channel.force(false);
        }
    }

    /** The bytes this journal wrote so far (header and slot records). */
    long bytesWritten() {
        return written;
    }

    /** The journal's path. */
    Path path() {
        return path;
    }

    /** Ends the save: the file is forced first when durable, then the journal is removed (the commit point). */
    void finish(SeekableByteChannel file) throws IOException {
        if (durable && file instanceof FileChannel) {
            ((FileChannel) file).force(true);
        }
        // java.io.File.delete is one unlink; Files.delete stats the path first (a system call more per save). Its
        // error path asks Files.delete for the reason.
        if (path.getFileSystem() != FileSystems.getDefault() || !path.toFile().delete()) {
            Files.deleteIfExists(path);
        }
        channel.close(); // releases the lock too
    }

    /**
     * Undoes a save that failed in this process (a write refused, a disk full) through the same journal, then removes
     * it; when the undo fails too, the journal stays for the next writable open, and the failure is added to
     * {@code cause}.
     */
    void rollback(Path file, SeekableByteChannel target, Exception cause) {
        try {
            JournalReader.undo(file, path, channel, target);
            Files.deleteIfExists(path);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        } finally {
            try {
                close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    private static void forceFolder(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every file system lets a folder be forced; the journal's own force still holds its bytes.
        }
    }

    /**
     * Brings {@code file} back to its bytes before a save that left {@code journalPath} behind, through
     * {@code target} (the file open for reading and writing), then removes the journal.
     *
     * @throws MutagenError when another process is still saving (it holds the journal's lock), or the journal does
     *     not belong to this file
     */
    static void recover(Path file, Path journalPath, SeekableByteChannel target) throws IOException {
        try (FileChannel ch = FileChannel.open(journalPath, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new MutagenError(file + ": a save is in progress (its journal " + journalPath
                        + " is locked by a live writer)");
            }
            JournalReader.undo(file, journalPath, ch, target);
            try {
                Files.delete(journalPath);
            } catch (NoSuchFileException e) {
                // Removed by a recovery that raced us before we held the lock: nothing more to do.
            }
        }
    }
}
