// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.Providers;

/**
 * The plain (non-JMH) timing loop of {@code bench/compare}: reads the files in interleaved passes for a time budget
 * and prints each file's median µs per read (see {@link #measure}), after a warm-up of every mode ({@link #warmUp}).
 *
 * <p>Usage: {@code CompareLoop --list FILE [--modes ours-path,ours-bytes,jaudiotagger,java-floor,java-ends,source-ends]
 * [--budget-ms 20] [--warmup-ms 3000] [--warmup-max-ms 15000]}; {@code CompareLoop --providers} prints the installed
 * kinds, {@code CompareLoop --list FILE --shapes} what a read touches per file (untimed, for {@code bench/parity}).
 * Output, one line per mode and file, tab-separated:
 * {@code mode file status kind µs iterations}; status is {@code ok}, {@code none} (no format matched),
 * {@code unsupported} (no format installed at all) or {@code err:ExceptionClass}.
 */
public final class CompareLoop {
    /** One way of reading a file. */
    interface Reader {
        /** Prepares a file (outside the timed part); returns the per-file state. */
        Object prepare(Path path) throws Exception;

        /** Reads once; returns a checksum. */
        long read(Object state) throws Exception;

        /** The status and kind of a file, from one untimed read: {@code {status, kind}}. */
        String[] check(Object state);
    }

    private static volatile long sink;

    private CompareLoop() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        Path list = null;
        List<String> modes = List.of("ours-path", "ours-bytes", "jaudiotagger", "java-floor");
        long budgetNs = 20_000_000L;
        long warmupMinNs = 3_000_000_000L;
        long warmupMaxNs = 15_000_000_000L;
        boolean shapes = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> list = Path.of(args[++i]);
                case "--modes" -> modes = List.of(args[++i].split(","));
                case "--budget-ms" -> budgetNs = Long.parseLong(args[++i]) * 1_000_000L;
                case "--warmup-ms" -> warmupMinNs = Long.parseLong(args[++i]) * 1_000_000L;
                case "--warmup-max-ms" -> warmupMaxNs = Long.parseLong(args[++i]) * 1_000_000L;
                case "--shapes" -> shapes = true;
                case "--providers" -> {
                    System.out.println(Providers.installed().stream().map(p -> p.kindName())
                            .collect(java.util.stream.Collectors.joining(" ")));
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (list == null) {
            throw new IllegalArgumentException("--list FILE is required");
        }
        List<Path> files = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                files.add(Path.of(line.strip()));
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (shapes) {
            printShapes(files, out);
            return;
        }
        List<Prepared> prepared = new ArrayList<>();
        for (String mode : modes) {
            prepared.add(prepare(mode, reader(mode), files));
        }
        warmUp(prepared, warmupMinNs, Math.max(warmupMinNs, warmupMaxNs));
        for (Prepared p : prepared) {
            measure(p, budgetNs, out);
        }
    }

    /** For each file, read from memory, what a read touches ({@link Touch#describe}), untimed: file, kind, touched. */
    static void printShapes(List<Path> files, PrintStream out) throws IOException {
        for (Path p : files) {
            String what;
            try {
                what = File.open(Files.readAllBytes(p), p.getFileName().toString(), Options.defaults())
                        .map(t -> t.getClass().getSimpleName() + "\t" + Touch.describe(t)).orElse("none");
            } catch (Exception e) {
                what = "err";
            }
            out.println(p + "\t" + what);
        }
    }

    /** The reader of a mode. */
    static Reader reader(String mode) {
        return switch (mode) {
            case "ours-path" -> new OursPath();
            case "ours-bytes" -> new OursBytes();
            case "jaudiotagger" -> new Jaudiotagger();
            case "java-floor" -> new JavaFloor(false);
            case "java-ends" -> new JavaFloor(true);
            case "source-ends" -> new SourceEnds();
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    }

    /** A mode with its per-file states and their untimed check results. */
    record Prepared(String mode, Reader reader, List<Path> files, List<Object> states, List<String[]> checks) {
        /** Reads every good file once; returns the nanoseconds it took. */
        long pass() throws Exception {
            long start = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                if (checks.get(i)[0].equals("ok")) {
                    sink += reader.read(states.get(i));
                }
            }
            return System.nanoTime() - start;
        }
    }

    /** Prepares and checks every file for one reader (untimed). */
    static Prepared prepare(String mode, Reader reader, List<Path> files) throws Exception {
        List<Object> states = new ArrayList<>(files.size());
        List<String[]> checks = new ArrayList<>(files.size());
        for (Path p : files) {
            Object state = reader.prepare(p);
            states.add(state);
            checks.add(reader.check(state));
        }
        return new Prepared(mode, reader, files, states, checks);
    }

    /**
     * Warms every mode up together (so the JIT has compiled all of them before anything is measured): interleaved
     * passes over all files in windows of half a second, at least {@code minNs}, then until two windows in a row
     * give every mode a mean pass time within 10% of its best window and the JIT compiled nothing during the last
     * one, at most {@code maxNs}. (Stable times alone were not enough on a busy machine: with the compiler threads
     * starved, a run could settle on not-yet-optimised code and measure 10x slower than the next.)
     */
    static void warmUp(List<Prepared> prepared, long minNs, long maxNs) throws Exception {
        int n = prepared.size();
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        long start = System.nanoTime();
        int stable = 0;
        int windows = 0;
        long window = Math.min(500_000_000L, Math.max(1, minNs / 4));
        while (true) {
            long[] time = new long[n];
            long passes = 0;
            long compiledBefore = compilationMillis();
            long windowStart = System.nanoTime();
            do {
                for (int m = 0; m < n; m++) {
                    time[m] += prepared.get(m).pass();
                }
                passes++;
            } while (System.nanoTime() - windowStart < window);
            boolean allStable = windows > 0;
            for (int m = 0; m < n; m++) {
                double mean = (double) time[m] / passes;
                if (mean > best[m] * 1.10) {
                    allStable = false;
                }
                best[m] = Math.min(best[m], mean);
            }
            windows++;
            boolean jitIdle = compilationMillis() == compiledBefore;
            stable = allStable && jitIdle ? stable + 1 : 0;
            long elapsed = System.nanoTime() - start;
            if (elapsed >= maxNs || (elapsed >= minNs && stable >= 2)) {
                System.err.printf("CompareLoop: warmed up in %.1f s%s%n", elapsed / 1e9,
                        stable >= 2 ? "" : " (not stable: time limit)");
                return;
            }
        }
    }

    /** The JIT's total compilation time so far in ms, or 0 when the JVM does not tell. */
    private static long compilationMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /**
     * Times every file of a prepared mode and prints one line per file. The files are read in interleaved passes
     * (file 1, 2, ..., n, then again), each read timed on its own, until the mode's budget (files x budget) is
     * spent; a file's figure is the median of its reads. Looping over one file at a time instead made the JIT throw
     * away code compiled for the mixed warm-up profile: the first files of a run were then 10-30x slower (the
     * "bimodal" rounds of the first measurements).
     */
    static void measure(Prepared p, long budgetNs, PrintStream out) throws Exception {
        int n = p.files().size();
        long[][] times = new long[n][64];
        int[] counts = new int[n];
        int good = 0;
        for (String[] check : p.checks()) {
            good += check[0].equals("ok") ? 1 : 0;
        }
        long deadline = System.nanoTime() + budgetNs * Math.max(1, good);
        int passes = 0;
        while (good > 0 && (System.nanoTime() < deadline || passes < 3)) {
            for (int i = 0; i < n; i++) {
                if (!p.checks().get(i)[0].equals("ok")) {
                    continue;
                }
                Object state = p.states().get(i);
                long start = System.nanoTime();
                sink += p.reader().read(state);
                long t = System.nanoTime() - start;
                if (counts[i] == times[i].length) {
                    times[i] = java.util.Arrays.copyOf(times[i], counts[i] * 2);
                }
                times[i][counts[i]++] = t;
            }
            passes++;
        }
        for (int i = 0; i < n; i++) {
            String[] check = p.checks().get(i);
            String us = "";
            if (check[0].equals("ok")) {
                long[] t = java.util.Arrays.copyOf(times[i], counts[i]);
                java.util.Arrays.sort(t);
                us = String.format(java.util.Locale.ROOT, "%.3f", t[t.length / 2] / 1000.0);
            }
            out.printf("%s\t%s\t%s\t%s\t%s\t%d%n", p.mode(), p.files().get(i), check[0], check[1], us, counts[i]);
        }
    }

    /** The check of a floor: one read, {@code ok} or the error. */
    private static String[] readOnce(Reader reader, Object state) {
        try {
            reader.read(state);
            return new String[] {"ok", ""};
        } catch (Exception e) {
            return failure(e);
        }
    }

    private static String[] failure(Throwable e) {
        return new String[] {"err:" + e.getClass().getSimpleName(), ""};
    }

    /** {@code File.open(path)} + {@link Touch}. */
    static final class OursPath implements Reader {
        private final Options options = Options.defaults();

        @Override
        public Object prepare(Path path) {
            return path;
        }

        @Override
        public long read(Object state) throws IOException {
            Optional<FileType> f = File.open((Path) state, options);
            return f.isPresent() ? Touch.file(f.get()) : 0;
        }

        @Override
        public String[] check(Object state) {
            if (Providers.installed().isEmpty()) {
                return new String[] {"unsupported", ""};
            }
            try {
                Optional<FileType> f = File.open((Path) state, options);
                if (f.isEmpty()) {
                    return new String[] {"none", ""};
                }
                Touch.file(f.get());
                return new String[] {"ok", f.get().getClass().getSimpleName()};
            } catch (Exception e) {
                return failure(e);
            }
        }
    }

    /** {@code File.open(bytes, name, options)} + {@link Touch}, the bytes read beforehand. */
    static final class OursBytes implements Reader {
        private final Options options = Options.defaults();

        private record Data(byte[] bytes, String name) {
        }

        @Override
        public Object prepare(Path path) throws IOException {
            return new Data(Files.readAllBytes(path), path.getFileName().toString());
        }

        @Override
        public long read(Object state) throws IOException {
            Data d = (Data) state;
            Optional<FileType> f = File.open(d.bytes(), d.name(), options);
            return f.isPresent() ? Touch.file(f.get()) : 0;
        }

        @Override
        public String[] check(Object state) {
            if (Providers.installed().isEmpty()) {
                return new String[] {"unsupported", ""};
            }
            Data d = (Data) state;
            try {
                Optional<FileType> f = File.open(d.bytes(), d.name(), options);
                if (f.isEmpty()) {
                    return new String[] {"none", ""};
                }
                Touch.file(f.get());
                return new String[] {"ok", f.get().getClass().getSimpleName()};
            } catch (Exception e) {
                return failure(e);
            }
        }
    }

    /** jaudiotagger's {@code AudioFileIO.read} + header + every field. */
    static final class Jaudiotagger implements Reader {
        @Override
        public Object prepare(Path path) {
            return path.toFile();
        }

        @Override
        public long read(Object state) throws Exception {
            return JaudiotaggerReader.read((java.io.File) state);
        }

        @Override
        public String[] check(Object state) {
            try {
                JaudiotaggerReader.read((java.io.File) state);
                return new String[] {"ok", JaudiotaggerReader.kind((java.io.File) state)};
            } catch (Exception | StackOverflowError e) {
                return failure(e);
            }
        }
    }

    /** Open + read 4 KiB + close; or, for both ends, {@link Floor#readBothEnds}. */
    static final class JavaFloor implements Reader {
        private final boolean bothEnds;

        JavaFloor(boolean bothEnds) {
            this.bothEnds = bothEnds;
        }

        @Override
        public Object prepare(Path path) {
            return path;
        }

        @Override
        public long read(Object state) throws IOException {
            return bothEnds ? Floor.readBothEnds((Path) state) : Floor.read4k((Path) state);
        }

        @Override
        public String[] check(Object state) {
            return readOnce(this, state);
        }
    }

    /**
     * The both-ends floor through our own I/O layer: {@code FileSource.open} (which reads the head), the size, the
     * last 128 bytes (which reads the tail window), close. Against {@code java-ends} it shows what the I/O layer
     * itself adds to the system calls.
     */
    static final class SourceEnds implements Reader {
        @Override
        public Object prepare(Path path) {
            return path;
        }

        @Override
        public long read(Object state) throws IOException {
            try (mutagen.util.FileSource source = mutagen.util.FileSource.open((Path) state)) {
                long size = source.size();
                return size + source.read(Math.max(0, size - 128), 128).length;
            }
        }

        @Override
        public String[] check(Object state) {
            return readOnce(this, state);
        }
    }
}
