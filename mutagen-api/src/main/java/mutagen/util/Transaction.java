// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits of one {@link FileSource} until it commits: positional writes, resizes and truncations kept as an
 * {@link EditPlan} over the original bytes (which reads see), then applied in place on commit.
 *
 * <p>On commit, splices that rewrite bytes with their own value are dropped and same-size splices a few KiB apart are
 * merged, so a save that fits its padding is one positional write per changed region. A plan that is one atomic
 * system call (one write, or one truncation) needs no journal; anything else on a file opened from a path is
 * journaled ({@link Journal}) unless the mode is {@link SaveMode#DIRECT}.
 */
final class Transaction implements java.io.Closeable {
    /** The largest gap of original bytes read to merge two nearby same-size writes into one write. */
    static final int MAX_MERGE_GAP = 1 << 12;

    private final EditPlan plan;
    private long journalBytes;
    // Large pending writes past Spill.MEMORY_BOUND go to a spill file (created on first use) instead of memory.
    private Spill spill;
    private long held;

    Transaction(long originalSize) {
        plan = new EditPlan(originalSize);
    }

    long size() {
        return plan.newSize();
    }

    EditPlan plan() {
        return plan;
    }

    /**
     * Writes {@code data} at {@code offset}; past the end the file grows, with zeros between. The bytes are copied
     * ({@code copy}) or taken as they are, or go to the spill file when they are large and the pending writes in
     * memory already reach {@link Spill#MEMORY_BOUND}.
     */
    void write(long offset, byte[] data, boolean copy) throws IOException {
        Payload bytes = hold(data, copy);
        long size = plan.newSize();
        if (offset > size) {
            bytes = Payload.concat(Payload.zeros(offset - size), bytes);
            offset = size;
        }
        plan.edit(offset, Math.min(bytes.length(), size - offset), bytes);
    }

    /** Adds a writer's splice (original coordinates); its bytes are held as {@link #write} holds them. */
    void replace(EditPlan.Splice s) throws IOException {
        Payload data = s.payload();
        plan.replace(s.offset(), s.oldLength(), spills(data.inMemory()) ? spill().append(data) : data);
    }

    private Spill spill() {
        if (spill == null) {
            spill = new Spill();
        }
        return spill;
    }

    void truncate(long newSize) {
        long size = plan.newSize();
        if (newSize < size) {
            plan.edit(newSize, size - newSize, Payload.EMPTY);
        }
    }

    void resize(long offset, long oldSize, long newSize) {
        if (newSize > oldSize) {
            plan.edit(offset + oldSize, 0, Payload.zeros(newSize - oldSize));
        } else if (newSize < oldSize) {
            plan.edit(offset + newSize, oldSize - newSize, Payload.EMPTY);
        }
    }

    private Payload hold(byte[] data, boolean copy) throws IOException {
        if (spills(data.length)) {
            return spill().append(data);
        }
        return Payload.of(copy ? data.clone() : data);
    }

    /** Whether {@code mem} more bytes go to the spill file; when not, they count as held in memory. */
    private boolean spills(long mem) {
        if (mem >= Spill.MIN_SPILLED && held + mem > Spill.MEMORY_BOUND) {
            return true;
        }
        held += mem;
        return false;
    }

    /** The bytes of pending writes that went to the spill file. */
    long spilled() {
        return spill == null ? 0 : spill.size();
    }

    /** Drops the spill file (after the commit, or when the edits are discarded). */
    @Override
    public void close() throws IOException {
        if (spill != null) {
            spill.close();
        }
    }

    void read(long offset, byte[] out, EditPlan.OriginalReader original) throws IOException {
        plan.read(offset, out, original);
    }

    /** The bytes the journal of the last commit wrote (0 without a journal). */
    long journalBytes() {
        return journalBytes;
    }

    /**
     * Applies the plan to {@code channel}; {@code path} is the file it was opened from (null for a caller's channel,
     * which is edited without a journal).
     */
    void commit(SeekableByteChannel channel, Path path, SaveMode mode, EditPlan.OriginalReader original)
            throws IOException {
        EditPlan work = compact(plan, original);
        if (work.isEmpty()) {
            return;
        }
        List<Splicer.Move> moves = Splicer.moves(work);
        if (path == null || mode == SaveMode.DIRECT || isAtomic(work, moves)) {
            try {
                Splicer.apply(channel, work, moves, null);
            } catch (IOException | RuntimeException e) {
                if (isAppend(work)) {
                    undoAppend(channel, work, e);
                }
                throw e;
            }
            return;
        }
        Journal journal = Journal.begin(path, original, work, mode == SaveMode.DURABLE);
        try {
            Splicer.apply(channel, work, moves, journal);
        } catch (IOException | RuntimeException e) {
            journalBytes = journal.bytesWritten();
            journal.rollback(path, channel, e);
            throw e;
        }
        journalBytes = journal.bytesWritten();
        journal.finish(channel);
    }

    /**
     * One write inside the file or past its end, or one truncation: the death of the process does not tear a single
     * system call, and a failed append is cut off again.
     */
    private static boolean isAtomic(EditPlan plan, List<Splicer.Move> moves) {
        if (!moves.isEmpty()) {
            return false;
        }
        int writes = 0;
        for (EditPlan.Splice s : plan.splices()) {
            if (s.length() > 0) {
                writes++;
            }
        }
        return writes == 0 || writes == 1 && (plan.newSize() == plan.originalSize() || isAppend(plan));
    }

    private static boolean isAppend(EditPlan plan) {
        List<EditPlan.Splice> s = plan.splices();
        return s.size() == 1 && s.get(0).offset() == plan.originalSize() && s.get(0).oldLength() == 0;
    }

    private static void undoAppend(SeekableByteChannel channel, EditPlan plan, Exception cause) {
        try {
            channel.truncate(plan.originalSize());
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * The plan without same-size splices that rewrite the original bytes, and with same-size splices less than
     * {@link #MAX_MERGE_GAP} apart merged into one (the gap's original bytes read in).
     */
    static EditPlan compact(EditPlan plan, EditPlan.OriginalReader original) throws IOException {
        List<EditPlan.Splice> kept = new ArrayList<>();
        for (EditPlan.Splice s : plan.splices()) {
            if (sameSize(s) && s.payload().equalsOriginal(original, s.offset(),
                    new byte[(int) Math.min(s.length(), Splicer.CHUNK)])) {
                continue;
            }
            EditPlan.Splice last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && sameSize(last) && sameSize(s) && s.offset() - last.end() <= MAX_MERGE_GAP) {
                byte[] gap = new byte[(int) (s.offset() - last.end())];
                original.read(last.end(), gap, 0, gap.length);
                Payload merged = Payload.concat(last.payload(), Payload.of(gap), s.payload());
                kept.set(kept.size() - 1, new EditPlan.Splice(last.offset(), merged.length(), merged));
            } else {
                kept.add(s);
            }
        }
        if (kept.size() == plan.splices().size()) {
            return plan;
        }
        EditPlan out = new EditPlan(plan.originalSize());
        for (EditPlan.Splice s : kept) {
            out.replace(s.offset(), s.oldLength(), s.payload());
        }
        return out;
    }

    private static boolean sameSize(EditPlan.Splice s) {
        return s.oldLength() == s.length();
    }
}
