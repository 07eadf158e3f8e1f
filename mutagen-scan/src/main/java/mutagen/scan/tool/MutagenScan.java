// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.scan.tool;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mutagen.scan.ScanOutput;
import mutagen.scan.ScanProgress;
import mutagen.scan.Scanner;

/**
 * {@code mutagen-scan [options] ROOT...}: reads every file below the roots with a pool of threads and writes one
 * JSON object per file (JSON Lines, {@link ScanOutput#jsonLine}) or one CSV row ({@link ScanOutput#csvRow}) to
 * standard output or a file; a progress line on standard error when it is a terminal, and a summary at the end.
 *
 * <p>Exit codes: 0 when every file was read, 1 when some could not be (they are in the output with their error),
 * 2 for a usage error or an output that cannot be written.
 *
 * <p>Stateless: {@link #run} may be called from several threads with different streams.
 */
public final class MutagenScan {
    /** The system property the launcher sets to {@code true} when standard error is a terminal. */
    public static final String TTY_PROPERTY = "mutagen.scan.tty";

    private static final String USAGE = String.join("\n",
            "Usage: mutagen-scan [options] ROOT...",
            "Reads every audio file below each ROOT (a folder, or a file) and writes one JSON object per file.",
            "",
            "Options:",
            "  -t, --threads N       reading threads (default: the available processors)",
            "  -e, --ext EXT[,EXT]   only files with these extensions inside folders (repeatable)",
            "      --easy            tags under the easy keys (EasyID3, EasyMP4)",
            "  -o, --output FILE     write to FILE instead of standard output",
            "  -f, --format FORMAT   jsonl (default) or csv (default when FILE ends in .csv)",
            "      --unordered       write results as they are read, not in walk order",
            "      --follow-links    follow symbolic links inside folders",
            "      --all             also list files of no known format (kind null)",
            "      --progress        show the progress line (default: when standard error is a terminal)",
            "      --no-progress     never show it",
            "  -h, --help            show this help",
            "Exit status: 0 every file read, 1 some files failed, 2 usage or output error.", "");

    private MutagenScan() {
    }

    /**
     * Runs the tool with the process's streams and exits with its code.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out, System.err, Boolean.getBoolean(TTY_PROPERTY));
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs the tool; {@code tty} says whether {@code err} is a terminal; answers the exit code.
     *
     * @param args the args
     * @param out where to write
     * @param err the err
     * @param tty the tty
     * @return the exit code
     */
    public static int run(List<String> args, OutputStream out, PrintStream err, boolean tty) {
        Settings s;
        try {
            s = Settings.parse(args, tty);
        } catch (IllegalArgumentException e) {
            err.print("mutagen-scan: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (s.help) {
            err.print(USAGE);
            return 0;
        }
        ProgressLine line = s.progress ? new ProgressLine(err) : null;
        // The last progress event (the scan's final one, with finished set) gives the summary its rate; the line
        // shows every event when there is a terminal.
        AtomicReference<ScanProgress> last = new AtomicReference<>();
        Scanner scanner = s.scanner().withProgress(p -> {
            last.set(p);
            if (line != null) {
                line.show(p);
            }
        }, Duration.ofMillis(200));
        Map<String, long[]> perKind = new TreeMap<>();
        long failed = 0;
        boolean csv = s.csv;
        // Each result is rendered on the reader thread that read it (Scanner.map), so rendering runs in parallel;
        // this thread only writes the lines in order and counts.
        try (Writer w = writer(s.output, out);
                Stream<Line> lines = scanner.map(r -> new Line((csv ? ScanOutput.csvRow(r) : ScanOutput.jsonLine(r))
                        + "\n", r.kind() == null ? "(none)" : r.kind(), r.failed()))) {
            if (csv) {
                w.write(ScanOutput.csvHeader() + "\n");
            }
            for (Iterator<Line> it = lines.iterator(); it.hasNext();) {
                Line l = it.next();
                w.write(l.text());
                long[] counts = perKind.computeIfAbsent(l.kind(), k -> new long[2]);
                counts[0]++;
                if (l.failed()) {
                    counts[1]++;
                    failed++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            if (line != null) {
                line.end();
            }
            err.print("mutagen-scan: cannot write " + (s.output == null ? "standard output" : s.output) + ": "
                    + e.getMessage() + "\n");
            return 2;
        }
        if (line != null) {
            line.end();
        }
        err.print(summary(last.get(), perKind, failed));
        return failed > 0 ? 1 : 0;
    }

    /** One result as the tool writes it: its rendered line, its kind for the summary, whether it failed. */
    private record Line(String text, String kind, boolean failed) {
    }

    private static Writer writer(Path output, OutputStream out) throws IOException {
        OutputStream target = output == null ? nonClosing(out) : Files.newOutputStream(output);
        return new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** The summary: files, rate, failures, then the count of each kind. */
    static String summary(ScanProgress p, Map<String, long[]> perKind, long failed) {
        long results = perKind.values().stream().mapToLong(c -> c[0]).sum();
        double secs = p.elapsedNanos() / 1e9;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "mutagen-scan: %d files in %.1f s (%.0f files/s, %.1f MB/s), %d failed, %d of no known format%n",
                results, secs, p.filesPerSecond(), p.bytesPerSecond() / 1e6, failed, p.unknown()));
        for (Map.Entry<String, long[]> e : perKind.entrySet()) {
            long[] c = e.getValue();
            sb.append(String.format(Locale.ROOT, "  %-14s %d%s%n", e.getKey(), c[0],
                    c[1] > 0 ? " (" + c[1] + " failed)" : ""));
        }
        return sb.toString();
    }

    /** The parsed command line. */
    private static final class Settings {
        final List<Path> roots = new ArrayList<>();
        final List<String> exts = new ArrayList<>();
        int threads = Runtime.getRuntime().availableProcessors();
        boolean easy;
        boolean unordered;
        boolean followLinks;
        boolean all;
        boolean progress;
        boolean help;
        boolean csv;
        Path output;

        static Settings parse(List<String> args, boolean tty) {
            Settings s = new Settings();
            s.progress = tty;
            String format = null;
            boolean options = true;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                String value = null;
                int eq = a.indexOf('=');
                if (options && a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                if (!options || !a.startsWith("-") || a.equals("-")) {
                    s.roots.add(Path.of(a));
                    continue;
                }
                switch (a) {
                    case "--" -> options = false;
                    case "-h", "--help" -> s.help = true;
                    case "--easy" -> s.easy = true;
                    case "--unordered" -> s.unordered = true;
                    case "--follow-links" -> s.followLinks = true;
                    case "--all" -> s.all = true;
                    case "--progress" -> s.progress = true;
                    case "--no-progress" -> s.progress = false;
                    case "-t", "--threads" -> s.threads = threads(value != null ? value : arg(args, ++i, a));
                    case "-e", "--ext" -> s.exts.addAll(List.of((value != null ? value : arg(args, ++i, a))
                            .split(",")));
                    case "-o", "--output" -> s.output = Path.of(value != null ? value : arg(args, ++i, a));
                    case "-f", "--format" -> format = value != null ? value : arg(args, ++i, a);
                    default -> throw new IllegalArgumentException("no such option: " + a);
                }
            }
            if (format == null) {
                format = s.output != null && s.output.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv"
                        : "jsonl";
            }
            if (!format.equals("csv") && !format.equals("jsonl")) {
                throw new IllegalArgumentException("unknown format " + format + " (jsonl or csv)");
            }
            s.csv = format.equals("csv");
            if (s.roots.isEmpty() && !s.help) {
                throw new IllegalArgumentException("no ROOT given");
            }
            return s;
        }

        private static String arg(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " option requires an argument");
            }
            return args.get(i);
        }

        private static int threads(String v) {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1 && n <= 1024) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--threads wants a number from 1 to 1024: " + v);
        }

        Scanner scanner() {
            return Scanner.ofPaths(roots).withThreads(threads).withExtensions(exts.toArray(new String[0]))
                    .withEasy(easy).withOrdered(!unordered).withFollowLinks(followLinks).withUnknown(all);
        }
    }
}
