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
 * A running scan: {@link Scanner#threads()} threads read, the consumer's own thread (the one taking the results
 * through this iterator or {@link #stream()}) and {@code threads - 1} threads of the scan's pool, and the consumer takes
 * the results in walk order or as they come. The consumer reads whenever the next result is not ready yet (as a
 * fork/join worker helps while it waits), so a one-thread scan runs on the caller's thread alone, and on two cores
 * nobody waits to be woken: a thread woken per batch, on a machine whose cores are all reading, takes a core from a
 * reader. The walk has no thread of its own either: a reader that needs work walks on (under one lock) until its
 * batch is full, so the walk's system calls (one {@code stat} per entry) are shared among the readers. At most
 * {@link Scanner#window()} files are between the walk and the consumer: the pool's readers wait for the consumer, so
 * memory stays bounded and a slow consumer slows the scan instead of filling the heap. Batches hold up to
 * {@code window / (4 × threads)} files (at most 32), so that the threads take the lock and hand results over once per
 * batch, not once per file. A consumer that stops taking results leaves the reading to the pool (none when
 * {@code threads} is 1).
 *
 * <p>Thread safety: the iterator (and the stream) is for one consumer thread; {@link #cancel()}, {@link #progress()}
 * and {@link #peakInFlight()} may be called from any thread.
 */
public final class Scan implements Iterator<ScanResult>, AutoCloseable {
    private static final Object END = new Object();
    private static final AtomicInteger SCANS = new AtomicInteger();
    /** The most files handed to a reader at once. */
    private static final int MAX_BATCH = 32;
    /** How long a reader walks for more files before it reads those it has (a slow walk still feeds the readers). */
    private static final long BATCH_WAIT_NANOS = 1_000_000;

    final Scanner config; // read by the batches
    private final Semaphore window;
    private final int batchSize;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(); // batches (walk or read order), END
    private final ExecutorService pool;
    private final Thread ticker;
    private final long start = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long found; // written under walkLock
    private volatile int peak; // written under walkLock
    volatile boolean cancelled; // read by the batches
    private volatile boolean walkFinished;
    private volatile boolean finished;
    private volatile long submitted = -1; // set when the walk has ended: the number of batches put in the queue
    final Function<? super ScanResult, ?> mapper; // applied by the batches, on the reader threads
    // The walk and its counts: guarded by walkLock (published to the consumer by the volatile fields above).
    private final Object walkLock = new Object();
    private final Walk walk;
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
        // Four batches per reader fit in the window: the consumer frees its files only between the batches it reads
        // itself, and meanwhile the other readers go on with batches of their own.
        this.batchSize = Math.max(1, Math.min(MAX_BATCH, config.window() / (4 * config.threads())));
        int id = SCANS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "mutagen-scan-" + id + "-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.walk = new Walk(config.sources(), config.extensions(), config.followLinks());
        // The consumer is the last reader (see the class comment).
        int helpers = config.threads() - 1;
        this.pool = helpers == 0 ? null : Executors.newFixedThreadPool(helpers, daemons);
        Consumer<ScanProgress> listener = config.listener();
        this.ticker = listener == null ? null : new Thread(() -> tick(listener), "mutagen-scan-" + id + "-progress");
        for (int i = 0; i < helpers; i++) {
            pool.execute(this::readBatches);
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

    /** A pool thread: takes batches from the walk and reads them until the walk is over or the scan cancelled. */
    private void readBatches() {
        try {
            // The first permit of each batch is waited for outside walkLock: the consumer, which frees permits,
            // takes that lock to read (help()).
            for (window.acquire(); claimAndRun(); window.acquire()) {
                // claimAndRun read a batch
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cancelled: the pool is shut down
        }
    }

    /** The consumer, whose next result is not ready: reads a batch itself if the window has room; false if not. */
    private boolean help() {
        return window.tryAcquire() && claimAndRun();
    }

    /** Claims a batch with the one window permit the caller holds (given back if none is left), and reads it. */
    private boolean claimAndRun() {
        Batch b = claim();
        if (b == null) {
            return false;
        }
        b.task().run(); // ordered delivery waits for this task; unordered delivery gets the batch from it
        return true;
    }

    /**
     * Walks on for the calling reader: the next batch of files (in walk order, with the walk's errors about paths), or
     * null when the walk is over. A file enters the batch once the window has room; the batch ends when full, when the
     * window is full (rather than wait with files in hand), when the walk ends, and after {@link #BATCH_WAIT_NANOS} of
     * walking. In walk order the batch goes to the consumer's queue at once, before it is read. The caller holds one
     * permit of the window, which the batch's first file takes; the others are taken while free, never waited for.
     */
    private Batch claim() {
        synchronized (walkLock) {
            if (walkOver || cancelled) {
                window.release();
                return null;
            }
            fill();
            Batch b = filling;
            filling = null;
            if (b != null && b.count() == 0) {
                b = null;
            }
            if (b != null) {
                found = files;
                batches++;
                b.ahead = walkOver ? null : walk.reserve(batchSize, b.started() + BATCH_WAIT_NANOS);
                if (config.ordered()) {
                    queue.add(b);
                }
            }
            if (walkOver) {
                walkFinished = true;
                submitted = cancelled ? -1 : batches;
                queue.add(END);
            }
            return b;
        }
    }

    /** Fills a new batch ({@link #filling}) from the walk (under walkLock), as {@link #claim()} says. */
    private void fill() {
        filling = new Batch(this, walked, batchSize);
        long since = filling.started();
        boolean permit = true; // the caller's
        while (!cancelled) {
            if (!permit && !window.tryAcquire()) {
                return;
            }
            if (!step()) {
                window.release();
                return;
            }
            permit = false;
            walked++;
            int inFlight = config.window() - window.availablePermits();
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

    /** One step of the walk (under walkLock); false, the walk marked over, once it is over. */
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
                Object item = queue.poll();
                if (item == null && !help()) {
                    item = queue.poll(100, TimeUnit.MILLISECONDS);
                }
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
        if (pool != null) {
            pool.shutdownNow();
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
        if (pool != null) {
            pool.shutdown();
        }
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
