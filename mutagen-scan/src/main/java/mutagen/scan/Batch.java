// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.nio.file.Path;
import java.util.concurrent.FutureTask;

/**
 * Files a reader takes from a scan's walk together, and their results on to the consumer: the walk's lock taken and
 * the consumer woken once per batch instead of per file, and the scan's shared counters updated once per batch, not
 * once per file by every reader.
 *
 * <p>Filled by a reader while it walks, then read by the same thread, then emptied by the consumer; the hand-off to
 * the consumer goes through a queue or a {@link FutureTask}, which publishes the batch's contents.
 */
final class Batch implements Runnable {
    /** The item of a file of no known format left out. */
    static final Object SKIP = new Object();

    /** A value computed by the mapper on a reader thread, or the mapper's failure. */
    record Mapped(Object value, RuntimeException failure) {
    }

    private final Scan scan;
    private final long first;
    private final Path[] paths;
    private final long[] sizes;
    private final Object[] items; // the walk's error results, then what the consumer gets (null: nothing)
    private final FutureTask<Batch> task = new FutureTask<>(this, this);
    private final long started = System.nanoTime();
    private int count;
    /** Entries the walk comes to next, for this batch's reader to look at before it reads (set under the walk's lock). */
    Walk.Ahead ahead;

    /** An empty batch of at most {@code capacity} files, the first of them at walk position {@code first}. */
    Batch(Scan scan, long first, int capacity) {
        this.scan = scan;
        this.first = first;
        this.paths = new Path[capacity];
        this.sizes = new long[capacity];
        this.items = new Object[capacity];
    }

    /** Adds a file to read, or the walk's error about a path (a result already). */
    void add(Path path, long size, ScanResult walkError) {
        paths[count] = path;
        sizes[count] = size;
        items[count] = walkError;
        count++;
    }

    /** When the walk began to fill this batch ({@link System#nanoTime()}). */
    long started() {
        return started;
    }

    /** The number of entries (each holds one permit of the scan's window). */
    int count() {
        return count;
    }

    /** What the consumer gets for entry {@code i} (null or the scan's skip marker: nothing); taken once. */
    Object take(int i) {
        Object item = items[i];
        items[i] = null;
        return item;
    }

    /**
     * What the consumer gets for a result: the result, what the scan's mapper makes of it (on this reader thread),
     * or {@link #SKIP} for a file of no known format left out.
     */
    private Object item(ScanResult r) {
        if (r.kind() == null && !r.failed() && !scan.config.includeUnknown()) {
            return SKIP;
        }
        if (scan.mapper == null) {
            return r;
        }
        try {
            return new Mapped(scan.mapper.apply(r), null);
        } catch (RuntimeException e) {
            return new Mapped(null, e);
        }
    }

    /** The task that runs this batch and tells ordered delivery it is read. */
    FutureTask<Batch> task() {
        return task;
    }

    /** Reads the files on a reader thread; stops between files when the scan is cancelled. */
    @Override
    public void run() {
        if (ahead != null) {
            ahead.look(); // the walk's stat calls, made here in parallel instead of one at a time under its lock
            ahead = null;
        }
        long read = 0;
        long failed = 0;
        long unknown = 0;
        long bytes = 0;
        for (int i = 0; i < count && !scan.cancelled; i++) {
            ScanResult r = (ScanResult) items[i];
            Object item = null;
            try {
                if (r == null) {
                    bytes += Math.max(sizes[i], 0);
                    r = Scanner.read(first + i, paths[i], sizes[i], scan.config.options());
                }
                if (r.failed()) {
                    failed++;
                } else if (r.kind() == null) {
                    unknown++;
                }
                item = item(r);
            } catch (Error e) {
                failed++; // past Scanner.read (a format's stack overflow): the file is left out, counted as failed
            }
            items[i] = item;
            paths[i] = null;
            read++;
        }
        scan.finished(this, read, failed, unknown, bytes);
    }
}
