// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.util.MemoryChannel;

/**
 * The rule every fuzz input is held to. Opening the bytes gives a file or a {@link MutagenError} (never another
 * exception, an OOM or a hang); a file that opened can be read through (pprint, keys, every value, stream attributes,
 * the format's own structures); its edit either fails with a {@link MutagenError} or saves, through a memory channel,
 * bytes that reopen as the format and show the edit. All of it within {@link #TIME_BOUND} and with at most
 * {@link #allocationBound(int)} bytes allocated.
 */
final class FuzzCheck {
    /**
     * The most one input may take, open to reopen. Generous: the first input of a run also loads (and, fuzzing,
     * instruments) the parser, which took over 10 s on a loaded machine; libFuzzer's -timeout (fuzz/run) is 20 s.
     */
    static final Duration TIME_BOUND = Duration.ofSeconds(60);
    /**
     * Allocation allowed per input: a base plus a multiple of its size. Generous, because in fuzzing mode Jazzer's
     * hooks allocate on the same thread; a parser that trusts a declared size allocates far more (or runs out of heap).
     */
    static final long ALLOC_BASE = 256L << 20;
    static final long ALLOC_PER_BYTE = 256;

    private static ExecutorService worker = newWorker();

    private FuzzCheck() {
    }

    /** Opens the input as the format's provider would, and checks everything after. */
    static void format(FuzzFormat format, byte[] data) {
        bounded(data, () -> check(format, data, format.open(data)));
    }

    /** Opens the input with every installed format ({@code File.open(byte[])}), and checks the chosen one's file. */
    static void any(byte[] data) {
        bounded(data, () -> {
            FileType f = File.open(data).orElse(null);
            check(f == null ? null : FuzzFormats.rowOf(f), data, f);
        });
    }

    /** The bound of one input's allocations. */
    static long allocationBound(int size) {
        return ALLOC_BASE + ALLOC_PER_BYTE * size;
    }

    /** The checks after opening; {@code f} is the opened file (or {@code null}), {@code format} its row if any. */
    private static void check(FuzzFormat format, byte[] data, FileType f) throws IOException {
        if (f == null) {
            return;
        }
        Touch.file(f);
        if (format == null) {
            return;
        }
        touchFormat(format, f);
        try {
            format.edit().apply(f);
        } catch (MutagenError e) {
            return; // this file cannot take the edit
        }
        MemoryChannel channel = MemoryChannel.writable(data);
        try {
            f.save(channel);
        } catch (MutagenError e) {
            return; // a save may fail, with the format's error
        }
        byte[] saved = channel.toByteArray();
        FileType reopened;
        try {
            reopened = format.open(saved);
        } catch (MutagenError e) {
            if (AcceptedFindings.accepted(data, "reopen")) {
                return; // mutagen 1.48.1's save breaks this file alike (accepted-findings.txt)
            }
            throw new AssertionError("the saved file does not reopen as " + format.name() + ": " + e, e);
        }
        String missing = format.edit().missing(reopened);
        if (missing != null && !AcceptedFindings.accepted(data, "edit")) {
            throw new AssertionError("the saved file does not show the edit: " + missing);
        }
        Touch.file(reopened);
        touchFormat(format, reopened);
    }

    private static void touchFormat(FuzzFormat format, FileType f) throws IOException {
        try {
            format.inspect().touch(f);
        } catch (MutagenError e) {
            // a structure that cannot be written back, reported as the format's error
        }
    }

    /** What one input runs: a {@link MutagenError} it throws is an accepted outcome. */
    @FunctionalInterface
    interface Body {
        void run() throws IOException;
    }

    /**
     * Runs the body on the worker thread within the time bound, and checks its allocations. An input over the bound
     * runs once more before it fails: its first run may have loaded (and, when fuzzing, instrumented) the parser's
     * classes on the same thread, which counts hundreds of megabytes that are not the parser's.
     */
    private static void bounded(byte[] data, Body body) {
        long bound = allocationBound(data.length);
        long used = allocated(data, body);
        if (used > bound) {
            used = allocated(data, body);
        }
        if (used > bound) {
            throw new AssertionError("an input of " + data.length + " bytes allocated " + used + " bytes (bound "
                    + bound + ")");
        }
    }

    /** Runs the body once on the worker thread within the time bound; the bytes it allocated. */
    private static long allocated(byte[] data, Body body) {
        Future<Long> result = worker.submit(() -> {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                body.run();
            } catch (MutagenError e) {
                // an accepted outcome
            }
            return before < 0 ? 0L : threads.getCurrentThreadAllocatedBytes() - before;
        });
        try {
            return result.get(TIME_BOUND.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is abandoned
            throw new AssertionError("no result within " + TIME_BOUND.toSeconds() + " s for an input of "
                    + data.length + " bytes (a hang)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new AssertionError("an exception other than MutagenError: " + cause, cause);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-input");
            t.setDaemon(true);
            return t;
        });
    }
}
