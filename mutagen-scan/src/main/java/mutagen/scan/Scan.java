// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import mutagen.MutagenError;

/**
 * A running scan: one walker thread finds the files, a pool of {@link Scanner#threads()} threads reads them, and the
 * consumer takes the results through this iterator (or {@link #stream()}), in walk order or as they come. At most
 * {@link Scanner#window()} files are between the walk and the consumer: the walk waits for the consumer, so memory
 * stays bounded and a slow consumer slows the scan instead of filling the heap. Files go from the walk to a reader,
 * and their results to the consumer, in batches of up to {@code window / (2 × threads)} files (at most 32), so that
 * the threads wake each other once per batch, not once per file.
 *
 * <p>Thread safety: the iterator (and the stream) is for one consumer thread; {@link #cancel()}, {@link #progress()}
 * and {@link #peakInFlight()} may be called from any thread.
 */
public final class Scan implements Iterator<ScanResult>, AutoCloseable {
    private static final Object END = new Object();
    private static final AtomicInteger SCANS = new AtomicInteger();
    /** The most files handed to a reader at once. */
    private static final int MAX_BATCH = 32;
    /** How long a batch not yet full may wait for more files while no reader has work waiting. */
    private static final long BATCH_WAIT_NANOS = 1_000_000;

    final Scanner config; // read by the batches
    private final Semaphore window;
    private final int batchSize;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(); // batches (walk or read order), END
    private final ExecutorService pool;
    private final Thread walker;
    private final Thread ticker;
    private final long start = System.nanoTime();
    private final AtomicInteger waiting = new AtomicInteger(); // batches handed to the pool and not started yet
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long found; // written by the walker only
    private volatile int peak; // written by the walker only
    volatile boolean cancelled; // read by the batches
    private volatile boolean walkFinished;
    private volatile boolean finished;
    private volatile long submitted = -1; // set when the walk has ended: the number of batches put in the queue
    final Function<? super ScanResult, ?> mapper; // applied by the batches, on the reader threads
    // Walker thread only (published by the volatile fields above):
    private long walked;
    private long files;
    private int walkerPeak;
    private long batches;
    private Batch filling;
    private long fillingSince;
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
        // Two batches per reader fit in the window: one being read while the next one is filled or consumed.
        this.batchSize = Math.max(1, Math.min(MAX_BATCH, config.window() / (2 * config.threads())));
        int id = SCANS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "mutagen-scan-" + id + "-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(config.threads(), daemons);
        this.walker = new Thread(this::walk, "mutagen-scan-" + id + "-walker");
        walker.setDaemon(true);
        Consumer<ScanProgress> listener = config.listener();
        this.ticker = listener == null ? null : new Thread(() -> tick(listener), "mutagen-scan-" + id + "-progress");
        walker.start();
        if (ticker != null) {
            ticker.setDaemon(true);
            ticker.start();
        }
    }

    /** A reader starts a batch. */
    void started() {
        waiting.decrementAndGet();
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

    private void walk() {
        Walk.Sink sink = new Walk.Sink() {
            @Override
            public void file(Path path, long size) throws InterruptedException {
                files++;
                add(path, size, null);
            }

            @Override
            public void error(Path path, MutagenError error) throws InterruptedException {
                add(path, -1, error);
            }
        };
        try {
            try {
                new Walk(config.extensions(), config.followLinks(), () -> cancelled).run(config.sources(), sink);
            } catch (RuntimeException e) {
                // The caller's list of paths failed: reported as a result, the files already found still come.
                sink.error(Path.of(""), Walk.error(Path.of(""), e));
            }
            flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            walkFinished = true;
            submitted = cancelled ? -1 : batches;
            queue.add(END);
        }
    }

    /**
     * Adds a file (or the walk's error about a path) to the batch being filled, once the window has room. The batch
     * is handed over when full, before the walk waits for the window, at the end of the walk, and when it has waited
     * {@link #BATCH_WAIT_NANOS} for more files while no reader had work waiting (a slow walk still feeds the readers).
     */
    private void add(Path path, long size, MutagenError error) throws InterruptedException {
        if (!window.tryAcquire()) {
            flush();
            window.acquire();
        }
        int inFlight = config.window() - window.availablePermits();
        if (inFlight > walkerPeak) {
            walkerPeak = inFlight;
            peak = inFlight;
        }
        if (filling == null) {
            filling = new Batch(this, walked, batchSize);
            fillingSince = System.nanoTime();
        }
        boolean full = filling.add(path, size, error == null ? null : new ScanResult(walked, path, -1, null, null,
                error));
        walked++;
        if (full || waiting.get() == 0 && System.nanoTime() - fillingSince > BATCH_WAIT_NANOS) {
            flush();
        }
    }

    /** Hands the batch being filled to the readers (and, in walk order, to the consumer's queue). */
    private void flush() {
        Batch b = filling;
        if (b == null || cancelled) {
            return;
        }
        filling = null;
        found = files;
        batches++;
        waiting.incrementAndGet();
        try {
            if (config.ordered()) {
                queue.add(b);
                pool.execute(b.task());
            } else {
                pool.execute(b);
            }
        } catch (RejectedExecutionException e) {
            // cancelled meanwhile: the pool is shut down and the consumer stops
        }
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
                if (submitted >= 0 && received == submitted) {
                    finish();
                    return END;
                }
                Object item = queue.poll(100, TimeUnit.MILLISECONDS);
                if (cancelled) {
                    return END;
                }
                if (item == null || item == END) {
                    if (item == END && submitted < 0) {
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
        walker.interrupt();
        pool.shutdownNow();
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
        return new ScanProgress(found, done.get(), failed.get(), unknown.get(), bytes.get(),
                System.nanoTime() - start, walkFinished, finished);
    }

    /**
     * The most files that were between the walk and the consumer at once (never above {@link Scanner#window()}).
     *
     * @return the most files that were between the walk and the consumer at once (never above {@link Scanner#window()})
     */
    public int peakInFlight() {
        return peak;
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
        pool.shutdown();
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
