// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import mutagen.File;
import mutagen.FileType;
import mutagen.scan.Scanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A library scan: {@value #FILES} files (hard links, or copies where links fail, of every candidate file of the
 * selection, including files no installed format reads, as a real music folder has) in a temporary folder, each
 * opened and fully read ({@link Touch}); with one thread and with all cores. The score is µs per file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(ScanBenchmark.FILES)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScanBenchmark {
    /** How many files the scanned library holds. */
    public static final int FILES = 3000;

    /** Threads: a number, or {@code all} for every available processor. */
    @Param({"1", "all"})
    public String threads;

    /**
     * What reads each file: {@code mutagen} (File.open + Touch, the library) or {@code floor-ends} (open, read the
     * first 4 KiB, ask the size, read the last 4 KiB, close: {@link Floor#readBothEnds}), which tells how far the
     * machine itself scales on the same files; or {@code mutagen-scan}: mutagen-scan's {@code Scanner} over the same
     * list (its walker thread, bounded window and ordered delivery), each loaded file touched the same way, on the
     * reader threads ({@code Scanner.map}).
     */
    @Param({"mutagen", "floor-ends", "mutagen-scan"})
    public String reader;

    private Path dir;
    private List<Path> library;
    private ExecutorService pool;
    private boolean floor;
    private int nThreads;
    // Striped counters: mutagen-scan's readers count each file, and one shared AtomicLong bumped per file by every
    // reader would make them contend on its cache line (a cost of the benchmark, not of the scan).
    private final LongAdder opened = new LongAdder();
    private final LongAdder unsupported = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /** Creates the state; JMH does. */
    public ScanBenchmark() {
    }

    /** Builds the library folder and the thread pool. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<Path> sources = BenchFiles.candidates(BenchFiles.Selection.fromSystemProperties());
        if (sources.isEmpty()) {
            throw new IllegalStateException("no files to scan");
        }
        dir = TempDirs.create("mutagen-bench-scan");
        library = buildLibrary(sources, dir, FILES);
        floor = reader.equals("floor-ends");
        nThreads = threads.equals("all") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
        pool = nThreads > 1 ? Executors.newFixedThreadPool(nThreads) : null;
    }

    /** Fills {@code dir} with {@code count} copies of the sources, 100 per album folder. */
    public static List<Path> buildLibrary(List<Path> sources, Path dir, int count) throws IOException {
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path src = sources.get(i % sources.size());
            Path album = dir.resolve(String.format("album-%03d", i / 100));
            Files.createDirectories(album);
            Path target = album.resolve(String.format("%05d-%s", i, src.getFileName()));
            // Copies, not hard links: a library holds distinct files, and threads that read links to one inode at
            // the same moment contend in the kernel (the threads' ranges start on the same source file). Each copy
            // is flushed, so that no write-back of the fresh copies runs during the measurement.
            Files.copy(src, target);
            try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            out.add(target);
        }
        return out;
    }

    /** Scans the whole library; returns a checksum. */
    @Benchmark
    public long scan() throws InterruptedException, ExecutionException {
        if (reader.equals("mutagen-scan")) {
            // Each result touched on its reader thread (Scanner.map), as the hand loop touches on its threads.
            try (java.util.stream.Stream<Long> touched = Scanner.ofPaths(library).withThreads(nThreads)
                    .withUnknown(true).map(r -> {
                        if (r.loaded()) {
                            opened.increment();
                            return Touch.file(r.file());
                        }
                        (r.failed() ? failed : unsupported).increment();
                        return 0L;
                    })) {
                return touched.mapToLong(Long::longValue).sum();
            }
        }
        if (pool == null) {
            return scanRange(0, library.size());
        }
        List<Future<Long>> parts = new ArrayList<>(nThreads);
        int n = library.size();
        for (int t = 0; t < nThreads; t++) {
            int from = (int) ((long) n * t / nThreads);
            int to = (int) ((long) n * (t + 1) / nThreads);
            parts.add(pool.submit(() -> scanRange(from, to)));
        }
        long sum = 0;
        for (Future<Long> f : parts) {
            sum += f.get();
        }
        return sum;
    }

    private long scanRange(int from, int to) {
        // Counted locally and added once: shared counters bumped per file would make the threads contend.
        long sum = 0;
        long ok = 0;
        long none = 0;
        long errors = 0;
        for (int i = from; i < to; i++) {
            Path p = library.get(i);
            try {
                if (floor) {
                    sum += Floor.readBothEnds(p);
                    ok++;
                    continue;
                }
                Optional<FileType> f = File.open(p);
                if (f.isPresent()) {
                    sum += Touch.file(f.get());
                    ok++;
                } else {
                    none++;
                }
            } catch (IOException e) {
                errors++;
            }
        }
        opened.add(ok);
        unsupported.add(none);
        failed.add(errors);
        return sum;
    }

    /** Stops the pool, reports what the scans met and removes the folder. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (pool != null) {
            pool.shutdownNow();
        }
        System.out.printf("%nscan of %d files (%s threads): %d opened, %d not recognised, %d errors (all iterations)%n",
                FILES, threads, opened.sum(), unsupported.sum(), failed.sum());
        TempDirs.deleteTree(dir);
    }
}
