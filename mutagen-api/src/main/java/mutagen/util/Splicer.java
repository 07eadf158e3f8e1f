// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies an {@link EditPlan} to a channel in place: the original bytes between splices move to their new offsets
 * chunk by chunk through one bounded buffer, then the splices' bytes are written, then the file is cut to its new
 * size. Only the bytes from the first size change on move; nothing before it is read or written.
 *
 * <p>With a {@link Journal}, every step that overwrites original bytes is recorded first, so that a process killed at
 * any instant leaves a file that {@link Journal#recover} can bring back to its old bytes.
 */
final class Splicer {
    /** The largest chunk moved at once (and so the largest chunk a journal holds). */
    static final int CHUNK = 2 << 20;

    /** A run of original bytes that moves: {@code length} bytes from {@code from} to {@code to}. */
    record Move(long from, long to, long length) {
        long shift() {
            return to - from;
        }

        /** How many chunks of {@code chunk} bytes it moves in. */
        long chunks(int chunk) {
            return (length + chunk - 1) / chunk;
        }

        /**
         * The source offset of chunk {@code k}: moving toward the start, chunks go front to back; toward the end,
         * back to front; either way no chunk's write reaches a source byte not yet moved, except its own.
         */
        long chunkFrom(long k, int chunk) {
            return to < from ? from + k * chunk : from + length - k * chunk - chunkLength(k, chunk);
        }

        int chunkLength(long k, int chunk) {
            return (int) Math.min(chunk, length - k * chunk);
        }

        /** Whether a chunk's write lands on its own source bytes, which a torn write would then lose. */
        boolean overlaps(int chunk) {
            return Math.abs(shift()) < Math.min(chunk, length);
        }
    }

    private Splicer() {
    }

    /**
     * The moves that take the original bytes between splices to their places, in an order in which none overwrites
     * bytes that have yet to move: runs moving toward the start first, front to back, then runs moving toward the end,
     * back to front.
     */
    static List<Move> moves(EditPlan plan) {
        return moves(plan.originalSize(), shape(plan));
    }

    /** The moves of a plan given by its shape: {offset, old length, new length} per splice. */
    static List<Move> moves(long originalSize, long[][] splices) {
        return order(runs(originalSize, splices, false));
    }

    /** The moves that take the bytes back from where {@link #moves} put them, in a safe order. */
    static List<Move> undoMoves(long originalSize, long[][] splices) {
        return order(runs(originalSize, splices, true));
    }

    /** Each splice's offset, old length and new length. */
    static long[][] shape(EditPlan plan) {
        List<EditPlan.Splice> splices = plan.splices();
        long[][] out = new long[splices.size()][];
        for (int i = 0; i < out.length; i++) {
            EditPlan.Splice s = splices.get(i);
            out[i] = new long[] {s.offset(), s.oldLength(), s.length()};
        }
        return out;
    }

    private static List<Move> runs(long originalSize, long[][] splices, boolean backwards) {
        List<Move> runs = new ArrayList<>();
        long at = 0;
        long shift = 0;
        for (long[] s : splices) {
            addRun(runs, at, s[0] - at, shift, backwards);
            at = s[0] + s[1];
            shift += s[2] - s[1];
        }
        addRun(runs, at, originalSize - at, shift, backwards);
        return runs;
    }

    private static void addRun(List<Move> runs, long from, long length, long shift, boolean backwards) {
        if (length > 0 && shift != 0) {
            runs.add(backwards ? new Move(from + shift, from, length) : new Move(from, from + shift, length));
        }
    }

    private static List<Move> order(List<Move> runs) {
        List<Move> out = new ArrayList<>(runs.size());
        for (Move m : runs) {
            if (m.shift() < 0) {
                out.add(m);
            }
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).shift() > 0) {
                out.add(runs.get(i));
            }
        }
        return out;
    }

    /** Applies the plan, whose moves are given; {@code journal} may be null (a caller's channel, or a plan with one atomic write). */
    static void apply(SeekableByteChannel ch, EditPlan plan, List<Move> moves, Journal journal) throws IOException {
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(1, Math.max(maxLength(moves), maxSpilled(plan))))];
        if (!moves.isEmpty() && plan.newSize() > plan.originalSize()) {
            // Claim the room first: a full disk then fails the save before any original byte has moved.
            FileEdit.zero(ch, plan.originalSize(), plan.newSize() - plan.originalSize());
        }
        run(ch, moves, Journal.FORWARD, 0, 0, buf, journal);
        if (journal != null && !moves.isEmpty()) {
            journal.record(Journal.MOVED, 0, 0, null, 0);
        }
        long shift = 0;
        for (EditPlan.Splice s : plan.splices()) {
            s.payload().writeTo(ch, s.offset() + shift, buf);
            shift += s.delta();
        }
        if (plan.newSize() < plan.originalSize()) {
            ch.truncate(plan.newSize());
        }
    }

    /** The largest splice not held in one array (written through the move buffer, chunk by chunk). */
    private static long maxSpilled(EditPlan plan) {
        long n = 0;
        for (EditPlan.Splice s : plan.splices()) {
            if (!s.payload().isOneArray()) {
                n = Math.max(n, s.length());
            }
        }
        return n;
    }

    private static long maxLength(List<Move> moves) {
        long n = 0;
        for (Move m : moves) {
            n = Math.max(n, m.length());
        }
        return n;
    }

    /**
     * Moves chunk after chunk from chunk {@code firstChunk} of move {@code firstMove} on; with a journal, each chunk is
     * recorded (with its bytes when its write overlaps its source) before its write.
     */
    static void run(SeekableByteChannel ch, List<Move> moves, byte phase, int firstMove, long firstChunk, byte[] buf,
                    Journal journal) throws IOException {
        for (int i = firstMove; i < moves.size(); i++) {
            Move m = moves.get(i);
            boolean keep = m.overlaps(buf.length);
            for (long k = i == firstMove ? firstChunk : 0; k < m.chunks(buf.length); k++) {
                long from = m.chunkFrom(k, buf.length);
                int n = m.chunkLength(k, buf.length);
                ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
                FileEdit.readFully(ch, from, b, n);
                if (journal != null) {
                    journal.record(phase, i, k, keep ? buf : null, keep ? n : 0);
                }
                FileEdit.writeFully(ch, from + m.shift(), b);
            }
        }
    }

    /** Writes chunk {@code k} of a move again, from the bytes a journal kept or else from its (intact) source. */
    static void redo(SeekableByteChannel ch, Move m, long k, int chunk, byte[] kept) throws IOException {
        long from = m.chunkFrom(k, chunk);
        int n = m.chunkLength(k, chunk);
        ByteBuffer b;
        if (kept != null) {
            b = ByteBuffer.wrap(kept, 0, n);
        } else {
            b = ByteBuffer.allocate(n);
            FileEdit.readFully(ch, from, b, n);
        }
        FileEdit.writeFully(ch, from + m.shift(), b);
    }
}
