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
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
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
 * A running scan: one walker thread finds the files, a pool of {@link Scanner#threads()} threads reads them, and the
 * consumer takes the results through this iterator (or {@link #stream()}), in walk order or as they come. At most
 * {@link Scanner#window()} files are between the walk and the consumer: the walk waits for the consumer, so memory
 * stays bounded and a slow consumer slows the scan instead of filling the heap.
 *
 * <p>Thread safety: the iterator (and the stream) is for one consumer thread; {@link #cancel()}, {@link #progress()}
 * and {@link #peakInFlight()} may be called from any thread.
 */
public final class Scan implements Iterator<ScanResult>, AutoCloseable {
    private static final Object END = new Object();
    private static final Object SKIP = new Object();
    private static final AtomicInteger SCANS = new AtomicInteger();

    private final Scanner config;
    private final Semaphore window;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final ExecutorService pool;
    private final Thread walker;
    private final Thread ticker;
    private final long start = System.nanoTime();
    private final AtomicLong found = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong unknown = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger peak = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile boolean walkFinished;
    private volatile boolean finished;
    private volatile long submitted = -1; // set when the walk has ended: the number of items put in the queue
    private long received;
    private long walked; // walker thread only; published by the volatile submitted
    private final Function<? super ScanResult, ?> mapper;
    private Object next;

    /** A value computed by the mapper on a reader thread, or the mapper's failure. */
    private record Mapped(Object value, RuntimeException failure) {
    }

    Scan(Scanner config) {
        this(config, null);
    }

    /** A scan whose results are given to {@code mapper} on the reader threads ({@link Scanner#map}). */
    Scan(Scanner config, Function<? super ScanResult, ?> mapper) {
        this.config = config;
        this.mapper = mapper;
        this.window = new Semaphore(config.window());
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

    private void walk() {
        Walk.Sink sink = new Walk.Sink() {
            @Override
            public void file(Path path, long size) throws InterruptedException {
                admit();
                found.incrementAndGet();
                long i = walked++;
                dispatch(() -> read(i, path, size));
            }

            @Override
            public void error(Path path, MutagenError error) throws InterruptedException {
                admit();
                ScanResult r = new ScanResult(walked++, path, -1, null, null, error);
                failed.incrementAndGet();
                done.incrementAndGet();
                Object item = item(r);
                FutureTask<Object> t = new FutureTask<>(() -> item);
                t.run();
                queue.add(config.ordered() ? t : item);
            }
        };
        try {
            try {
                new Walk(config.extensions(), config.followLinks(), () -> cancelled).run(config.sources(), sink);
            } catch (RuntimeException e) {
                // The caller's list of paths failed: reported as a result, the files already found still come.
                sink.error(Path.of(""), Walk.error(Path.of(""), e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            walkFinished = true;
            submitted = cancelled ? -1 : walked;
            queue.add(END);
        }
    }

    /** Waits for room in the window, and records the peak of files in flight. */
    private void admit() throws InterruptedException {
        window.acquire();
        peak.accumulateAndGet(config.window() - window.availablePermits(), Math::max);
    }

    private void dispatch(java.util.concurrent.Callable<Object> work) {
        if (config.ordered()) {
            FutureTask<Object> task = new FutureTask<>(work);
            queue.add(task);
            pool.execute(task);
        } else {
            pool.execute(() -> {
                Object item;
                try {
                    item = work.call();
                } catch (Exception e) {
                    item = SKIP; // read() never throws
                }
                queue.add(item);
            });
        }
    }

    /** Reads one file on a pool thread: the result, or {@link #SKIP} for a file of no known format left out. */
    private Object read(long index, Path path, long size) {
        ScanResult r = Scanner.read(index, path, size, config.options());
        bytes.addAndGet(Math.max(size, 0));
        if (r.failed()) {
            failed.incrementAndGet();
        } else if (r.kind() == null) {
            unknown.incrementAndGet();
        }
        done.incrementAndGet();
        return r.kind() == null && !r.failed() && !config.includeUnknown() ? SKIP : item(r);
    }

    /** The queue item of a result: the result, or what the mapper makes of it (on the calling reader thread). */
    private Object item(ScanResult r) {
        if (mapper == null) {
            return r;
        }
        try {
            return new Mapped(mapper.apply(r), null);
        } catch (RuntimeException e) {
            return new Mapped(null, e);
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (cancelled || finished) {
                return false;
            }
            Object item = take();
            if (item == END) {
                continue; // take() ends the scan once every item is in
            }
            window.release();
            if (item != SKIP) {
                next = item;
            }
        }
        return true;
    }

    /** The next item of the queue (a result, SKIP, or END), waiting for it; END once the scan is over. */
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
                return item instanceof Future ? await((Future<?>) item) : item;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            return END;
        }
    }

    private Object await(Future<?> f) throws InterruptedException {
        while (true) {
            try {
                return f.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancelled) {
                    return SKIP;
                }
            } catch (ExecutionException e) {
                return SKIP; // read() never throws
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
        Mapped m = (Mapped) next;
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
        return new ScanProgress(found.get(), done.get(), failed.get(), unknown.get(), bytes.get(),
                System.nanoTime() - start, walkFinished, finished);
    }

    /**
     * The most files that were between the walk and the consumer at once (never above {@link Scanner#window()}).
     *
     * @return the most files that were between the walk and the consumer at once (never above {@link Scanner#window()})
     */
    public int peakInFlight() {
        return peak.get();
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
