// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@link ScanBenchmark}'s scan costs per file, in measures that the machine's load does not distort much: the
 * reader threads' CPU time (user and system) and allocated bytes, the CPU time of the process's other threads (GC,
 * JIT, JMX), and the collections and compilations that ran; one thread and two, interleaved round after round in one
 * JVM over one library. On two cores the 2-thread speed-up can be no more than {@code 2 × R1 / (R2 + O2)} (R: the
 * readers' CPU per file, O: the other threads'), and with one reader the other threads run on the idle core for free.
 *
 * <p>Usage: {@code java -cp ... mutagen.bench.ScanCost WARMUP_ROUNDS ROUNDS [READER...]} (default readers
 * {@code floor-ends} and {@code mutagen}; for {@code mutagen-scan} the "reader" columns are the consumer thread's,
 * its readers' CPU (they walk too) is in the per-group lines). Prints, per configuration over the measured rounds,
 * the medians (the means of the collections and compilations, which come now and then); each reader's 1 -> 2 thread
 * speed-up (the median of the rounds' own ratios, with quartiles), its files per second with 1 and 2 threads, and
 * how far its speed-up is above or below the floor's ({@code floor-ends}, when it ran); and the CPU time per file of
 * every group of the process's threads (from {@code /proc/self/task}).
 *
 * <p>The reader {@code python} is Python mutagen scanning the same library ({@code bench/lib/py_scan.py}: one
 * process, or two forked ones for "x2"), run as a child process each round: only its wall time per file is known
 * (the other columns are 0). The interpreter is {@code -Dmutagen.bench.python} (default Debian's
 * {@code /usr/bin/python3}), the script {@code -Dmutagen.bench.pyScan} (default {@code bench/lib/py_scan.py}), and
 * mutagen comes from the {@code PYTHONPATH} this process was given.
 */
public final class ScanCost {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** The measures of one scan, per file (ns, bytes, counts). */
    private static final String[] MEASURES = {"wall_us", "reader_cpu_us", "reader_sys_us", "other_cpu_us",
        "alloc_B", "gc_per_10k", "gc_ms_per_10k", "jit_ms_per_10k", "max_part"};
    // CPU ns per thread group (thread names without digits) and configuration, from /proc: who else runs.
    private static final Map<String, Map<String, Long>> OTHERS = new LinkedHashMap<>();

    private ScanCost() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        int warmup = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> readers = args.length > 2 ? Arrays.asList(args).subList(2, args.length)
                : List.of("floor-ends", "mutagen");
        List<Path> sources = BenchFiles.candidates(BenchFiles.Selection.fromSystemProperties());
        Path dir = TempDirs.create("mutagen-bench-scancost");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Path> library = ScanBenchmark.buildLibrary(sources, dir, ScanBenchmark.FILES);
            Path list = dir.resolve("library.txt");
            Files.write(list, library.stream().map(Path::toString).toList());
            Map<String, List<double[]>> results = new LinkedHashMap<>();
            for (int r = -warmup; r < rounds; r++) {
                for (String reader : readers) {
                    if (reader.equals("python")) {
                        for (int threads = 1; threads <= 2; threads++) {
                            // Python needs no warm-up of its own: it is measured in the counted rounds only.
                            if (r >= 0) {
                                results.computeIfAbsent("python x" + threads, k -> new ArrayList<>())
                                        .add(python(list, threads));
                            }
                        }
                        continue;
                    }
                    ScanBenchmark b = new ScanBenchmark();
                    b.readerOver(reader, sources, library);
                    for (int threads = 1; threads <= 2; threads++) {
                        double[] m = measure(b, threads, pool, r >= 0);
                        if (r >= 0) {
                            results.computeIfAbsent(reader + " x" + threads, k -> new ArrayList<>()).add(m);
                        }
                    }
                }
            }
            print(results);
        } finally {
            pool.shutdownNow();
            TempDirs.deleteTree(dir);
        }
    }

    /** One scan of the library with {@code threads} readers: the {@link #MEASURES} per file. */
    private static double[] measure(ScanBenchmark b, int threads, ExecutorService pool, boolean counted)
            throws Exception {
        int n = ScanBenchmark.FILES;
        long[] gc0 = gc();
        long jit0 = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        Map<String, Long> tasks0 = tasks();
        long proc0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        long[] sum = new long[3];
        long maxPart = 0;
        AtomicInteger cursor = new AtomicInteger();
        if (b.reader.equals("mutagen-scan")) {
            // Its own threads: their CPU is in the per-group lines (from /proc), the consumer's (this thread) here.
            add(sum, new long[] {THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadUserTime(), 0});
            b.scanWith(threads);
            long[] end = {THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadUserTime(), 0};
            sum[0] = end[0] - sum[0];
            sum[1] = end[1] - sum[1];
            maxPart = sum[0];
        } else if (threads == 1) {
            add(sum, part(b, cursor));
            maxPart = sum[0];
        } else {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> part(b, cursor)));
            }
            for (Future<long[]> f : parts) {
                long[] p = f.get();
                add(sum, p);
                maxPart = Math.max(maxPart, p[0]);
            }
        }
        long wall = System.nanoTime() - t0;
        long proc = OS.getProcessCpuTime() - proc0;
        Map<String, Long> tasks1 = tasks();
        if (Boolean.getBoolean("mutagen.bench.trace")) {
            String jit = "C# CompilerThre";
            System.out.printf("%s x%d: compiler threads %.2f us per file%n", b.reader, threads,
                    (tasks1.getOrDefault(jit, 0L) - tasks0.getOrDefault(jit, 0L)) / 1e3 / n);
        }
        if (counted) {
            Map<String, Long> others = OTHERS.computeIfAbsent(b.reader + " x" + threads, c -> new TreeMap<>());
            tasks1.forEach((k, v) -> others.merge(k, v - tasks0.getOrDefault(k, 0L), Long::sum));
        }
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit0;
        long[] gc1 = gc();
        double per10k = 10_000.0 / n;
        return new double[] {wall / 1e3 / n, sum[0] / 1e3 / n, (sum[0] - sum[1]) / 1e3 / n,
            (proc - sum[0]) / 1e3 / n, (double) sum[2] / n, (gc1[0] - gc0[0]) * per10k, (gc1[1] - gc0[1]) * per10k,
            jit * per10k, (double) maxPart * threads / sum[0]};
    }

    /** One scan of the library by Python mutagen in {@code procs} processes: its wall time per file, the rest 0. */
    private static double[] python(Path list, int procs) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(System.getProperty("mutagen.bench.python", "/usr/bin/python3"),
                System.getProperty("mutagen.bench.pyScan", "bench/lib/py_scan.py"), "--list", list.toString(),
                "--procs", Integer.toString(procs)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0 || out.isEmpty()) {
            throw new IOException("py_scan.py failed (exit " + p.exitValue() + "): " + out);
        }
        double[] m = new double[MEASURES.length];
        m[0] = Double.parseDouble(out.split(" ")[0]);
        return m;
    }

    /** Reads files from the cursor on this thread: its CPU time, user time and allocated bytes. */
    private static long[] part(ScanBenchmark b, AtomicInteger cursor) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long user = THREADS.getCurrentThreadUserTime();
        long alloc = THREADS.getCurrentThreadAllocatedBytes();
        b.drain(cursor);
        return new long[] {THREADS.getCurrentThreadCpuTime() - cpu, THREADS.getCurrentThreadUserTime() - user,
            THREADS.getCurrentThreadAllocatedBytes() - alloc};
    }

    private static Map<String, Long> tasks() throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (var dirs = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) dirs::iterator) {
                try {
                    String name = Files.readString(t.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    long ns = Long.parseLong(Files.readString(t.resolve("schedstat")).split(" ")[0]);
                    out.merge(name, ns, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return out;
    }

    private static void add(long[] into, long[] part) {
        for (int i = 0; i < into.length; i++) {
            into[i] += part[i];
        }
    }

    private static long[] gc() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, g.getCollectionCount());
            ms += Math.max(0, g.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    /** The median wall time per file (µs) of a configuration's rounds. */
    private static double median(List<double[]> rounds) {
        double[] wall = rounds.stream().mapToDouble(m -> m[0]).sorted().toArray();
        return wall[wall.length / 2];
    }

    private static void print(Map<String, List<double[]>> results) {
        System.out.printf("%-20s %s  (%d rounds; per file)%n", "config", String.join(" ", MEASURES),
                results.values().iterator().next().size());
        results.forEach((config, list) -> {
            StringBuilder line = new StringBuilder(String.format("%-20s", config));
            for (int i = 0; i < MEASURES.length; i++) {
                int k = i;
                double[] v = list.stream().mapToDouble(m -> m[k]).sorted().toArray();
                // Collections and compilations come now and then: their mean; the rest their median.
                double shown = MEASURES[i].endsWith("_10k") ? Arrays.stream(v).average().orElse(0) : v[v.length / 2];
                line.append(String.format(" %" + MEASURES[i].length() + ".2f", shown));
            }
            System.out.println(line);
        });
        // The 1 -> 2 thread speed-up of each reader: the median of the rounds' own ratios (a round's two scans ran
        // one after the other, so the machine's drift between rounds cancels), and of its medians.
        Map<String, Double> speedUps = new LinkedHashMap<>();
        results.forEach((config, list) -> {
            List<double[]> two = results.get(config.replace(" x1", " x2"));
            if (config.endsWith(" x1") && two != null) {
                double[] ratios = new double[list.size()];
                for (int i = 0; i < ratios.length; i++) {
                    ratios[i] = list.get(i)[0] / two.get(i)[0];
                }
                Arrays.sort(ratios);
                String reader = config.substring(0, config.length() - 3);
                speedUps.put(reader, ratios[ratios.length / 2]);
                System.out.printf("%-20s speed-up 1 -> 2 threads: %.2fx (median of rounds; quartiles %.2f-%.2f);"
                        + " files/s %,.0f -> %,.0f%n", reader, ratios[ratios.length / 2], ratios[ratios.length / 4],
                        ratios[ratios.length * 3 / 4], 1e6 / median(list), 1e6 / median(two));
            }
        });
        Double floor = speedUps.get("floor-ends");
        if (floor != null) {
            speedUps.forEach((reader, up) -> {
                if (!reader.equals("floor-ends")) {
                    System.out.printf("%-20s speed-up minus the floor's: %+.2f%n", reader, up - floor);
                }
            });
        }
        OTHERS.forEach((config, map) -> {
            StringBuilder line = new StringBuilder(String.format("%-20s", config));
            long files = (long) ScanBenchmark.FILES * results.get(config).size();
            map.forEach((name, ns) -> {
                if (ns > files * 20) {
                    line.append(String.format("  %s %.2f", name, ns / 1e3 / files));
                }
            });
            System.out.println(line);
        });
    }
}
