// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import mutagen.MutagenError;

/**
 * The walk's side of a {@link Scan}: the batches the readers claim from the walk, one reader at a time under this
 * object's lock, each file taking a permit of the scan's window. In walk order a batch goes to the consumer's queue as
 * it is claimed, and the end marker after the last one.
 */
final class Feed {
    /** The most files handed to a reader at once. */
    private static final int MAX_BATCH = 32;
    /** How long a reader walks for more files before it reads those it has (a slow walk still feeds the readers). */
    private static final long BATCH_WAIT_NANOS = 1_000_000;

    private final Scan scan;
    private final Semaphore window;
    private final int windowSize;
    private final int batchSize;
    private final BlockingQueue<Object> queue;
    private final Walk walk;
    // Published to other threads by these volatile fields; the rest is guarded by this object's lock.
    private volatile long found;
    private volatile int peak;
    private volatile boolean walkFinished;
    private volatile long submitted = -1; // set when the walk has ended: the number of batches put in the queue
    private final Walk.Sink sink = new Walk.Sink() {
        @Override
        public void file(Path path, long size) {
            files++;
            filling.add(path, size, null);
        }

        @Override
        public void error(Path path, MutagenError error) {
            filling.add(path, -1, new ScanResult(walked, path, -1, null, null, error));
        }
    };
    private boolean walkOver;
    private long walked;
    private long files;
    private long batches;
    private Batch filling;

    /** The feed of {@code scan}, whose window is {@code window}, putting batches (walk order) in {@code queue}. */
    Feed(Scan scan, Semaphore window, BlockingQueue<Object> queue) {
        this.scan = scan;
        this.window = window;
        this.windowSize = scan.config.window();
        this.queue = queue;
        // Four batches per reader fit in the window: the consumer frees its files only between the batches it reads
        // itself, and meanwhile the other readers go on with batches of their own.
        this.batchSize = Math.max(1, Math.min(MAX_BATCH, windowSize / (4 * scan.config.threads())));
        this.walk = new Walk(scan.config.sources(), scan.config.extensions(), scan.config.followLinks());
    }

    /**
     * Walks on for the calling reader: the next batch of files (in walk order, with the walk's errors about paths), or
     * null when the walk is over. A file enters the batch once the window has room; the batch ends when full, when the
     * window is full (rather than wait with files in hand), when the walk ends, and after {@link #BATCH_WAIT_NANOS} of
     * walking. The caller holds one permit of the window, which the batch's first file takes (given back if there is
     * none); the others are taken while free, never waited for. The batch also gets the entries the walk comes to next,
     * for its reader to look at outside this lock ({@link Walk#reserve}).
     */
    synchronized Batch claim() {
        if (walkOver || scan.cancelled) {
            window.release();
            return null;
        }
        fill();
        Batch b = filling;
        filling = null;
        if (b.count() == 0) {
            b = null;
        } else {
            found = files;
            batches++;
            b.ahead = walkOver ? null : walk.reserve(batchSize, b.started() + BATCH_WAIT_NANOS);
            if (scan.config.ordered()) {
                queue.add(b);
            }
        }
        if (walkOver) {
            walkFinished = true;
            submitted = scan.cancelled ? -1 : batches;
            queue.add(Scan.END);
        }
        return b;
    }

    /** Fills a new batch ({@link #filling}) from the walk, as {@link #claim()} says. */
    private void fill() {
        filling = new Batch(scan, walked, batchSize);
        long since = filling.started();
        boolean permit = true; // the caller's
        while (!scan.cancelled) {
            if (!permit && !window.tryAcquire()) {
                return;
            }
            if (!step()) {
                window.release();
                return;
            }
            permit = false;
            walked++;
            int inFlight = windowSize - window.availablePermits();
            if (inFlight > peak) {
                peak = inFlight;
            }
            if (filling.count() == batchSize || System.nanoTime() - since > BATCH_WAIT_NANOS) {
                return;
            }
        }
        if (permit) {
            window.release();
        }
    }

    /** One step of the walk; false, the walk marked over, once it is over. */
    private boolean step() {
        try {
            if (walk.step(sink)) {
                return true;
            }
        } catch (RuntimeException | Error e) {
            // A failure of the walk itself (a bug, or an Error such as running out of memory): reported as this
            // thread's uncaught exception would be, and the walk ends, so that the consumer gets what was found.
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
        walkOver = true;
        return false;
    }

    /** The files the walk has found so far. */
    long found() {
        return found;
    }

    /** The most files that were between the walk and the consumer at once. */
    int peak() {
        return peak;
    }

    /** Whether the walk has ended. */
    boolean walkFinished() {
        return walkFinished;
    }

    /** The number of batches the walk gave once it ended whole; -1 before that, or when it was cancelled. */
    long submitted() {
        return submitted;
    }
}
