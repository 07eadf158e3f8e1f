// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

/**
 * Runs {@link ScanBenchmark}'s scan outside JMH, a given number of rounds, so that counts which do not depend on the
 * machine's load (system calls with {@code strace -f -c}, context switches with {@code perf stat}, JFR events) can
 * be taken per file: run it with two round counts and divide the difference by the extra rounds times
 * {@link ScanBenchmark#FILES}.
 *
 * <p>Usage: {@code java -cp ... mutagen.bench.ScanProbe READER THREADS WARMUP_ROUNDS ROUNDS [wait]}, READER and
 * THREADS as {@link ScanBenchmark}'s parameters. With {@code wait}, the probe prints {@code READY PID} after the
 * library is built and the warm-up rounds ran, and waits for a line on standard input before the measured rounds:
 * then it prints {@code MEASURED} and waits for another line before it removes the library: a tool can attach to
 * the process (e.g. {@code strace -f -c -p PID}) and count the measured rounds only.
 */
public final class ScanProbe {
    private ScanProbe() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: ScanProbe READER THREADS WARMUP_ROUNDS ROUNDS [wait]");
            System.exit(2);
        }
        ScanBenchmark b = new ScanBenchmark();
        b.reader = args[0];
        b.threads = args[1];
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        b.setUp();
        try {
            long sum = 0;
            for (int i = 0; i < warmup; i++) {
                sum += b.scan();
            }
            if (args.length == 5 && args[4].equals("wait")) {
                System.out.println("READY " + ProcessHandle.current().pid());
                System.out.flush();
                new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                sum += b.scan();
            }
            long ns = System.nanoTime() - t0;
            if (args.length == 5) {
                System.out.println("MEASURED");
                System.out.flush();
                new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            }
            System.out.printf("%s threads=%s: %d rounds, %.1f us per file (checksum %d)%n", b.reader, b.threads,
                    rounds, rounds == 0 ? 0.0 : ns / 1e3 / rounds / ScanBenchmark.FILES, sum);
        } finally {
            b.tearDown();
        }
    }
}
