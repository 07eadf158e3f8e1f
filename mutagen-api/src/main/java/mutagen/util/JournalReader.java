// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import mutagen.MutagenError;

/**
 * Reads a journal left by a save that did not finish and undoes the save (see {@link Journal}). Trusts nothing: a
 * header whose checksum fails was torn before the file was touched, and is dropped.
 */
final class JournalReader {
    private static final int FIXED = 8 + 4 + 8 + 8 + 4 + 4 + 4;

    private JournalReader() {
    }

    /** A slot record: the chunk about to be written, and its bytes when they were kept. */
    private record Slot(long seq, byte phase, int step, long chunk, byte[] data) {
    }

    static void undo(Path file, Path journalPath, FileChannel j, SeekableByteChannel target) throws IOException {
        if (!Files.exists(journalPath)) {
            return; // the save committed (removed its journal) before we held the lock
        }
        long size = j.size();
        ByteBuffer fixed = ByteBuffer.allocate(FIXED);
        if (size < FIXED + 4 || read(j, 0, fixed) < FIXED) {
            return; // torn before its header was complete: the file was not touched
        }
        fixed.flip();
        byte[] magic = new byte[8];
        fixed.get(magic);
        int chunk = fixed.getInt();
        long oldSize = fixed.getLong();
        long newSize = fixed.getLong();
        fixed.getInt(); // durable flag
        int n = fixed.getInt();
        int nameLength = fixed.getInt();
        if (!Arrays.equals(magic, "MGNJRNL1".getBytes(StandardCharsets.US_ASCII)) || chunk <= 0
                || chunk > Splicer.CHUNK || n < 0 || nameLength < 0 || oldSize < 0 || newSize < 0
                || FIXED + (long) nameLength + 24L * n + 4 > size) {
            throw new MutagenError(file + ": unreadable save journal " + journalPath);
        }
        ByteBuffer rest = ByteBuffer.allocate(nameLength + 24 * n);
        read(j, FIXED, rest);
        rest.flip();
        rest.position(nameLength);
        long[][] splices = new long[n][];
        long oldBytes = 0;
        for (int i = 0; i < n; i++) {
            splices[i] = new long[] {rest.getLong(), rest.getLong(), rest.getLong()};
            oldBytes += splices[i][1];
        }
        long oldAt = FIXED + nameLength + 24L * n;
        long slotsAt = oldAt + oldBytes + 4;
        if (slotsAt > size || !checksumOk(j, oldAt + oldBytes, fixed.array(), rest.array())) {
            return; // torn header: written before the file was touched
        }
        List<Splicer.Move> forward = Splicer.moves(oldSize, splices);
        List<Splicer.Move> back = Splicer.undoMoves(oldSize, splices);
        long current = target.size();
        if (current < Math.min(oldSize, newSize) || current > Math.max(oldSize, newSize)) {
            throw new MutagenError(file + ": the save journal " + journalPath + " is for a file of " + oldSize
                    + " bytes, not " + current);
        }
        Slot slot = latest(j, slotsAt, chunk);
        byte[] buf = new byte[chunk];
        if (slot != null) {
            // Moves under way are finished first (each chunk recorded again), then every run moves back.
            Journal recorder = Journal.resume(j, slotsAt, chunk, slot.seq());
            if (slot.phase() == Journal.UNDO) {
                finish(target, back, slot, chunk);
                Splicer.run(target, back, Journal.UNDO, slot.step(), slot.chunk() + 1, buf, recorder);
            } else {
                if (slot.phase() == Journal.FORWARD) {
                    finish(target, forward, slot, chunk);
                    Splicer.run(target, forward, Journal.FORWARD, slot.step(), slot.chunk() + 1, buf, recorder);
                }
                Splicer.run(target, back, Journal.UNDO, 0, 0, buf, recorder);
            }
        }
        restoreOldBytes(j, oldAt, splices, target, buf);
        if (target.size() > oldSize) {
            target.truncate(oldSize);
        }
        if (target instanceof FileChannel) {
            ((FileChannel) target).force(true);
        }
    }

    private static void finish(SeekableByteChannel target, List<Splicer.Move> moves, Slot slot, int chunk)
            throws IOException {
        if (slot.step() < 0 || slot.step() >= moves.size()) {
            throw new MutagenError("save journal names move " + slot.step() + " of " + moves.size());
        }
        Splicer.Move m = moves.get(slot.step());
        if (slot.chunk() < 0 || slot.chunk() >= m.chunks(chunk)) {
            throw new MutagenError("save journal names chunk " + slot.chunk() + " of " + m.chunks(chunk));
        }
        Splicer.redo(target, m, slot.chunk(), chunk, slot.data().length == 0 ? null : slot.data());
    }

    private static void restoreOldBytes(FileChannel j, long at, long[][] splices, SeekableByteChannel target,
                                        byte[] buf) throws IOException {
        long pos = at;
        for (long[] s : splices) {
            for (long done = 0; done < s[1]; ) {
                int len = (int) Math.min(buf.length, s[1] - done);
                ByteBuffer b = ByteBuffer.wrap(buf, 0, len);
                FileEdit.readFully(j, pos, b, len);
                FileEdit.writeFully(target, s[0] + done, b);
                pos += len;
                done += len;
            }
        }
    }

    private static boolean checksumOk(FileChannel j, long crcAt, byte[] fixed, byte[] rest) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(fixed);
        crc.update(rest);
        long pos = FIXED + rest.length;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        while (pos < crcAt) {
            int len = (int) Math.min(buf.capacity(), crcAt - pos);
            FileEdit.readFully(j, pos, buf, len);
            crc.update(buf);
            pos += len;
        }
        ByteBuffer stored = ByteBuffer.allocate(4);
        if (read(j, crcAt, stored) < 4) {
            return false;
        }
        return stored.flip().getInt() == (int) crc.getValue();
    }

    /** The valid slot record with the highest sequence number, or null when none is valid. */
    private static Slot latest(FileChannel j, long slotsAt, int chunk) throws IOException {
        Slot a = slot(j, slotsAt, chunk);
        Slot b = slot(j, slotsAt + Journal.slotSize(chunk), chunk);
        if (a == null) {
            return b;
        }
        return b == null || a.seq() > b.seq() ? a : b;
    }

    private static Slot slot(FileChannel j, long at, int chunk) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(Journal.SLOT_HEAD);
        if (read(j, at, head) < Journal.SLOT_HEAD) {
            return null;
        }
        head.flip();
        if (head.getInt() != Journal.SLOT_MAGIC) {
            return null;
        }
        long seq = head.getLong();
        byte phase = head.get();
        int step = head.getInt();
        long k = head.getLong();
        int n = head.getInt();
        if (n < 0 || n > chunk) {
            return null;
        }
        ByteBuffer body = ByteBuffer.allocate(n + 4);
        if (read(j, at + Journal.SLOT_HEAD, body) < n + 4) {
            return null;
        }
        body.flip();
        CRC32 crc = new CRC32();
        crc.update(head.array(), 4, Journal.SLOT_HEAD - 4);
        crc.update(body.array(), 0, n);
        if (body.getInt(n) != (int) crc.getValue()) {
            return null;
        }
        return new Slot(seq, phase, step, k, Arrays.copyOf(body.array(), n));
    }

    private static int read(FileChannel ch, long at, ByteBuffer buf) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, at + total);
            if (r <= 0) {
                break;
            }
            total += r;
        }
        return total;
    }
}
