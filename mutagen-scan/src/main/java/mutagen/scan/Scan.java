// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A running scan: {@link Scanner#threads()} threads read, the consumer's own thread (the one taking the results through
 * this iterator or {@link #stream()}) and {@code threads - 1} reader threads (shared by the scans and kept between
 * them, {@link ReaderPool}), and the consumer takes the results in walk order or as they come. The consumer reads
 * whenever the next result is not ready yet (as a fork/join worker helps while it waits), so a one-thread scan runs on
 * the caller's thread alone, and on two cores nobody waits to be woken: a thread woken per batch, on a machine whose
 * cores are all reading, takes a core from a reader. The walk has no thread of its own either: a reader that needs work
 * walks on (under one lock, {@link Feed}) until its batch is full, and looks at the entries the walk comes to next
 * outside that lock, so the walk's system calls (one {@code stat} per entry) are shared among the readers and made in
 * parallel. At most {@link Scanner#window()} files are between the walk and the consumer: the other readers wait for
 * the consumer, so memory stays bounded and a slow consumer slows the scan instead of filling the heap. Batches hold up
 * to {@code window / (4 × threads)} files (at most 32), so that the threads take the lock and hand results over once
 * per batch, not once per file. A consumer that stops taking results leaves the reading to the other readers (none when
 * {@code threads} is 1).
 *
 * <p>Thread safety: the iterator (and the stream) is for one consumer thread; {@link #cancel()}, {@link #progress()}
 * and {@link #peakInFlight()} may be called from any thread.
 */
public final class Scan implements Iterator<ScanResult>, AutoCloseable {
    /** The end of the queue. */
    static final Object END = new Object();
    private static final AtomicInteger SCANS = new AtomicInteger();

    final Scanner config; // read by the batches
    private final Semaphore window;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(); // batches (walk or read order), END
    private final Future<?>[] readers; // the reader threads' tasks (the consumer's own reading aside)
    private final Thread ticker;
    private final long start = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    volatile boolean cancelled; // read by the batches and the feed
    private volatile boolean finished;
    final Function<? super ScanResult, ?> mapper; // applied by the batches, on the reader threads
    private final Feed feed;
    // Consumer thread only:
    private long received;
    private Batch current;
    private int position;
    private Object next;

    Scan(Scanner config) {
        this(config, null);
    }

    /** A scan whose results are given to {@code mapper} on the reader threads ({@link Scanner#map}). */
    Scan(Scanner config, Function<? super ScanResult, ?> mapper) {
        this.config = config;
        this.mapper = mapper;
        this.window = new Semaphore(config.window());
        this.feed = new Feed(this, window, queue);
        int id = SCANS.incrementAndGet();
        // The consumer is the last reader (see the class comment).
        this.readers = new Future<?>[config.threads() - 1];
        Consumer<ScanProgress> listener = config.listener();
        this.ticker = listener == null ? null : new Thread(() -> tick(listener), "mutagen-scan-" + id + "-progress");
        for (int i = 0; i < readers.length; i++) {
            readers[i] = ReaderPool.start(id, i + 1, this::readBatches);
        }
        if (ticker != null) {
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    /** A reader has read a batch: the counters once per batch; in unordered delivery, the batch to the consumer. */
    void finished(Batch b, long read, long failures, long unknowns, long sizes) {
        bytes.addAndGet(sizes);
        failed.addAndGet(failures);
        unknown.addAndGet(unknowns);
        done.addAndGet(read);
        if (!config.ordered()) {
            queue.add(b);
        }
    }

    /** A reader thread: takes batches from the walk and reads them until the walk is over or the scan cancelled. */
    private void readBatches() {
        try {
            // The first permit of each batch is waited for outside the feed's lock: the consumer, which frees
            // permits, takes that lock to read (help()).
            for (window.acquire(); claimAndRun(); window.acquire()) {
                // claimAndRun read a batch
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cancelled: the reader's task was cancelled
        }
    }

    /** The consumer, whose next result is not ready: reads a batch itself if the window has room; false if not. */
    private boolean help() {
        return window.tryAcquire() && claimAndRun();
    }

    /** Claims a batch with the one window permit the caller holds (given back if none is left), and reads it. */
    private boolean claimAndRun() {
        Batch b = feed.claim();
        if (b == null) {
            return false;
        }
        b.task().run(); // ordered delivery waits for this task; unordered delivery gets the batch from it
        return true;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (cancelled || finished) {
                return false;
            }
            Batch b = current;
            if (b != null && position < b.count()) {
                Object item = b.take(position++);
                if (item != Batch.SKIP && item != null) {
                    next = item;
                }
                continue;
            }
            if (b != null) {
                current = null;
                window.release(b.count());
            }
            Object item = take();
            if (item != END) {
                current = (Batch) item;
                position = 0;
            }
        }
        return true;
    }

    /** The next batch, read, waiting for it; END once the scan is over. */
    private Object take() {
        try {
            while (true) {
                long submitted = feed.submitted();
                if (submitted >= 0 && received == submitted) {
                    finish();
                    return END;
                }
                Object item = queue.poll();
                if (item == null && !help()) {
                    item = queue.poll(100, TimeUnit.MILLISECONDS);
                }
                if (cancelled) {
                    return END;
                }
                if (item == null || item == END) {
                    if (item == END && feed.submitted() < 0) {
                        finish(); // the walk was interrupted
                        return END;
                    }
                    continue;
                }
                received++;
                Batch b = (Batch) item;
                return config.ordered() ? await(b) : b;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            return END;
        }
    }

    private Object await(Batch b) throws InterruptedException {
        while (true) {
            try {
                while (!b.task().isDone() && help()) {
                    // read a batch while this one is read
                }
                return b.task().get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancelled) {
                    return END;
                }
            } catch (ExecutionException e) {
                return b; // run() catches what it can; files it did not reach are left out
            }
        }
    }

    @Override
    public ScanResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (mapper != null) {
            throw new IllegalStateException("a mapped scan: its values come through Scanner.map");
        }
        ScanResult r = (ScanResult) next;
        next = null;
        return r;
    }

    /** The next value of a mapped scan; a failure of the mapper is thrown here, on the consumer's thread. */
    Object nextMapped() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Batch.Mapped m = (Batch.Mapped) next;
        next = null;
        if (m.failure() != null) {
            throw m.failure();
        }
        return m.value();
    }

    /**
     * The results as a sequential stream; closing it cancels the scan.
     *
     * @return the results as a sequential stream; closing it cancels the scan
     */
    public Stream<ScanResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /**
     * Stops the scan: the walk stops, files not yet read are not read, and the iterator ends (a consumer waiting in
     * {@link #hasNext()} returns within about 100 ms). Idempotent.
     */
    public void cancel() {
        if (cancelled) {
            return;
        }
        cancelled = true;
        for (Future<?> r : readers) {
            r.cancel(true); // wakes a reader waiting for the window
        }
        queue.add(END);
        finish();
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return whether {@link #cancel()} was called
     */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * The progress now.
     *
     * @return the progress now
     */
    public ScanProgress progress() {
        return new ScanProgress(feed.found(), done.get(), failed.get(), unknown.get(), bytes.get(),
                System.nanoTime() - start, feed.walkFinished(), finished);
    }

    /**
     * The most files that were between the walk and the consumer at once (never above {@link Scanner#window()}).
     *
     * @return the most files that were between the walk and the consumer at once (never above {@link Scanner#window()})
     */
    public int peakInFlight() {
        return feed.peak();
    }

    /** Cancels the scan if it is still running (closing a finished scan changes nothing). */
    @Override
    public void close() {
        cancel();
    }

    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            config.listener().accept(progress());
        }
    }

    private void tick(Consumer<ScanProgress> listener) {
        long every = config.interval().toNanos();
        while (!finished) {
            try {
                TimeUnit.NANOSECONDS.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            if (!finished) {
                listener.accept(progress());
            }
        }
    }
}
