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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
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
 * A library scan: {@value #FILES} files (copies of every candidate file of the selection, including files no installed
 * format reads, as a real music folder has) in a temporary folder, each opened and fully read ({@link Touch}); with
 * one thread and with all cores. The score is µs per file.
 *
 * <p>Fair to every reader at any thread count. The threads claim files {@value #CHUNK} at a time from one shared
 * cursor, so a thread held up (waiting for a compilation, preempted) does not leave the other core idle at the end,
 * as fixed halves did (their files cost the same within 0.6% of CPU; the delays are what differ). And the forks
 * compile in the foreground ({@code -Xbatch}): the library's 24 formats hold thousands of methods that the mix of
 * files reaches slowly (the JIT still spent 4-6 µs of CPU per file after half a million files, 1-3 µs after 1.8
 * million; the floor's few methods are compiled at once); compiled in the background, that work ran free on the
 * idle core with one reader but was taken from the readers with two. In the foreground every configuration pays
 * the time it takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(ScanBenchmark.FILES)
@Fork(value = 1, jvmArgsPrepend = "-Xbatch")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScanBenchmark {
    /** How many files the scanned library holds. */
    public static final int FILES = 3000;
    /** How many files a reader thread claims at once from the shared cursor. */
    public static final int CHUNK = 16;

    /** Threads: a number, or {@code all} for every available processor. */
    @Param({"1", "all"})
    public String threads;

    /**
     * What reads each file: {@code mutagen} (File.open + Touch, the library) or {@code floor-ends} (open, read the
     * first 4 KiB, ask the size, read the last 4 KiB, close: {@link Floor#readBothEnds}), which tells how far the
     * machine itself scales on the same files; or {@code mutagen-scan}: mutagen-scan's {@code Scanner} over the same
     * list (its walk, a stat per file, shared by the reader threads; bounded window; ordered delivery), each loaded
     * file touched the same way, on the reader threads ({@code Scanner.map}); or {@code mutagen-memory}: the library on the same files' bytes held in
     * memory ({@code File.open(byte[], name)} + Touch, no system call), which tells how far the library's own work
     * scales on this machine's cores; or {@code spin}: {@link Floor#spin} per file, no memory and no system call, which
     * tells how far two threads can scale at all on this machine's cores.
     */
    @Param({"mutagen", "floor-ends", "mutagen-scan", "mutagen-memory", "spin"})
    public String reader;

    private Path dir;
    private List<Path> library;
    private List<String> names;
    // mutagen-memory: each file's bytes (one array per source file, shared by its copies: read only).
    private byte[][] memory;
    private ExecutorService pool;
    private boolean floor;
    private boolean spin;
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
        readerOver(reader, sources, buildLibrary(sources, dir, FILES));
        nThreads = threads.equals("all") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(threads);
        pool = nThreads > 1 ? Executors.newFixedThreadPool(nThreads) : null;
    }

    /** The bytes of the {@code count} files {@link #buildLibrary} makes, one array per source. */
    private static byte[][] inMemory(List<Path> sources, int count) throws IOException {
        byte[][] bytes = new byte[sources.size()][];
        byte[][] out = new byte[count][];
        for (int i = 0; i < count; i++) {
            int s = i % sources.size();
            if (bytes[s] == null) {
                bytes[s] = Files.readAllBytes(sources.get(s));
            }
            out[i] = bytes[s];
        }
        return out;
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
            // the same moment contend in the kernel. Each copy
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
        AtomicInteger cursor = new AtomicInteger();
        if (pool == null) {
            return drain(cursor);
        }
        List<Future<Long>> parts = new ArrayList<>(nThreads);
        for (int t = 0; t < nThreads; t++) {
            parts.add(pool.submit(() -> drain(cursor)));
        }
        long sum = 0;
        for (Future<Long> f : parts) {
            sum += f.get();
        }
        return sum;
    }

    /** Reads the library's files {@value #CHUNK} at a time from {@code cursor} until none is left. */
    long drain(AtomicInteger cursor) {
        // Counted locally and added once: shared counters bumped per file would make the threads contend.
        long[] counts = new long[3];
        long sum = 0;
        int n = library.size();
        for (int from = cursor.getAndAdd(CHUNK); from < n; from = cursor.getAndAdd(CHUNK)) {
            sum += scanRange(from, Math.min(n, from + CHUNK), counts);
        }
        opened.add(counts[0]);
        unsupported.add(counts[1]);
        failed.add(counts[2]);
        return sum;
    }

    /**
     * mutagen-scan's whole scan with {@code count} reading threads (its readers kept between scans, as always): what
     * {@link ScanCost} measures.
     */
    long scanWith(int count) throws InterruptedException, ExecutionException {
        nThreads = count;
        return scan();
    }

    /** Makes this state read {@code files}, built from {@code sources}, with the given reader. */
    void readerOver(String readerName, List<Path> sources, List<Path> files) throws IOException {
        reader = readerName;
        floor = readerName.equals("floor-ends");
        spin = readerName.equals("spin");
        library = files;
        names = files.stream().map(Path::toString).toList();
        memory = readerName.equals("mutagen-memory") ? inMemory(sources, files.size()) : null;
    }

    /** Reads files {@code from} to {@code to}; counts the opened, not recognised and failed; returns a checksum. */
    private long scanRange(int from, int to, long[] counts) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            Path p = library.get(i);
            try {
                if (floor || spin) {
                    sum += floor ? Floor.readBothEnds(p) : Floor.spin(i);
                    counts[0]++;
                    continue;
                }
                Optional<FileType> f = memory != null ? File.open(memory[i], names.get(i), Options.defaults())
                        : File.open(p);
                if (f.isPresent()) {
                    sum += Touch.file(f.get());
                    counts[0]++;
                } else {
                    counts[1]++;
                }
            } catch (IOException e) {
                counts[2]++;
            }
        }
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
