// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan;

import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read for scans beside their consumers, shared by all scans and kept idle for
 * {@value #KEEP_ALIVE_SECONDS} s after their last one: a scan that starts soon after another (a server rescanning,
 * an import of many folders, one scan each) finds its readers running, their per-thread buffers (the JDK's I/O
 * buffers, the formats' scratch arrays) warm, instead of starting threads and filling those again. As many threads
 * as the scans running at once ask for; none once all have been idle that long.
 *
 * <p>While it reads for a scan a thread is named {@code mutagen-scan-N-reader-K} (scan N's K-th reader) and has the
 * class loader of the thread that started the scan as its context class loader (a mapper may rely on it); idle, it
 * is named {@value #IDLE} and has none (an idle thread keeps no application's loader alive).
 */
final class ReaderPool {
    /** The name of an idle reader thread. */
    static final String IDLE = "mutagen-scan-idle-reader";
    /** How long an idle reader thread is kept, in seconds. */
    static final long KEEP_ALIVE_SECONDS = 30;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, KEEP_ALIVE_SECONDS,
            TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread t = new Thread(task, IDLE + "-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                t.setContextClassLoader(null);
                return t;
            });

    private ReaderPool() {
    }

    /**
     * Runs {@code task} as reader {@code reader} of scan {@code scan} on an idle thread (a new one if none is idle);
     * its future interrupts it when cancelled.
     */
    static Future<?> start(int scan, int reader, Runnable task) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return POOL.submit(() -> {
            Thread t = Thread.currentThread();
            String idle = t.getName();
            t.setName("mutagen-scan-" + scan + "-reader-" + reader);
            t.setContextClassLoader(loader);
            try {
                task.run();
            } finally {
                t.setContextClassLoader(null);
                t.setName(idle);
            }
        });
    }
}
