// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.spi;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
import mutagen.util.FileSource;

/**
 * What detection costs per file, scoring every provider ({@link Chooser#scoreAll}, A) against skipping by clues
 * ({@link Providers#choose}, B), in one JVM, in alternation: {@code ProbeInput.of} plus the choice, over the files of
 * the corpus and {@code test-files/} (by their own names) grouped by kind, with ns and bytes allocated per file, the
 * range over rounds. {@code read EXT SECONDS} instead loops {@code File.open(bytes, name)} and a read of
 * everything over the files of one extension (the loop to profile with JFR; public API only, so it runs on old jars).
 *
 * <p>Usage: {@code DetectionCost [rounds]} or {@code DetectionCost read flac 60}. Not a test.
 */
final class DetectionCost {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static volatile long sink;

    private DetectionCost() {
    }

    /** A file in memory and the source over it (made once: the source is what File.open makes per call). */
    private record Sample(String name, FileSource source) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("read")) {
            readLoop(args[1], Long.parseLong(args[2]));
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Map<String, List<Sample>> groups = groups();
        Options options = Options.defaults();
        // Warm-up of both sides on every group.
        for (int i = 0; i < 40; i++) {
            for (List<Sample> g : groups.values()) {
                run(g, options, i % 2 == 0, 50);
            }
        }
        System.out.printf("%-12s %5s | %-24s %-24s | %-22s %-22s | %s%n", "kind", "files", "A all ns/file (min-max)",
                "B clues ns/file", "A bytes/file", "B bytes/file", "B scores/file (A: 24)");
        for (Map.Entry<String, List<Sample>> e : groups.entrySet()) {
            List<Sample> g = e.getValue();
            int reps = Math.max(20, 200_000 / g.size());
            double[][] ns = new double[2][rounds];
            double[][] bytes = new double[2][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    // Alternate which side goes first in each round.
                    int side = (r + k) % 2;
                    long a0 = THREADS.getCurrentThreadAllocatedBytes();
                    long t0 = System.nanoTime();
                    run(g, options, side == 0, reps);
                    long t1 = System.nanoTime();
                    long a1 = THREADS.getCurrentThreadAllocatedBytes();
                    ns[side][r] = (t1 - t0) / (double) (reps * g.size());
                    bytes[side][r] = (a1 - a0) / (double) (reps * g.size());
                }
            }
            System.out.printf("%-12s %5d | %-24s %-24s | %-22s %-22s | %.2f%n", e.getKey(), g.size(), range(ns[0]),
                    range(ns[1]), range(bytes[0]), range(bytes[1]), scoredPerFile(g));
        }
    }

    private static void run(List<Sample> g, Options options, boolean all, int reps) {
        long s = 0;
        for (int i = 0; i < reps; i++) {
            for (Sample x : g) {
                ProbeInput probe = ProbeInput.of(x.source());
                FormatProvider p = all ? Chooser.scoreAll(probe, options) : Providers.choose(probe, options);
                s += p == null ? 1 : p.kindName().length();
            }
        }
        sink += s;
    }

    /** The providers B scores per file (A scores every one). */
    private static double scoredPerFile(List<Sample> g) {
        List<DetectionInputs.Counting> counting = DetectionInputs.counting();
        Options options = Options.defaults().withProviders(counting);
        for (Sample x : g) {
            Providers.choose(ProbeInput.of(x.source()), options);
        }
        return counting.stream().mapToInt(c -> c.scored).sum() / (double) g.size();
    }

    private static String range(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return String.format("%.0f (%.0f-%.0f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    /** The corpus' and fixtures' files by kind (their extension), and short files: truncations to 0-10 bytes. */
    private static Map<String, List<Sample>> groups() throws Exception {
        Map<String, List<Sample>> groups = new LinkedHashMap<>();
        for (String kind : List.of("MP3", "FLAC", "Ogg", "MP4", "WAV", "other", "0-10 bytes")) {
            groups.put(kind, new ArrayList<>());
        }
        List<Path> files = new ArrayList<>(DetectionInputs.files());
        files.removeIf(p -> p.toString().contains("src/test/resources"));
        for (Path p : files) {
            byte[] data = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            groups.get(kindOf(name)).add(new Sample(name, FileSource.of(data, name)));
            if (data.length > 0) {
                int n = name.hashCode() % 11;
                byte[] head = Arrays.copyOf(data, Math.abs(n));
                groups.get("0-10 bytes").add(new Sample(name, FileSource.of(head, name)));
            }
        }
        return groups;
    }

    private static String kindOf(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "mp3" -> "MP3";
            case "flac" -> "FLAC";
            case "ogg", "oga", "ogv", "opus", "spx", "oggflac", "oggtheora" -> "Ogg";
            case "m4a", "mp4", "m4b", "3g2", "mov" -> "MP4";
            case "wav" -> "WAV";
            default -> "other";
        };
    }

    /** Opens and reads every file with the extension for the given seconds (the loop JFR profiles). */
    private static void readLoop(String ext, long seconds) throws Exception {
        List<byte[]> data = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : DetectionInputs.files()) {
            String name = p.getFileName().toString();
            if (name.endsWith("." + ext) && !p.toString().contains("src/test/resources")) {
                byte[] d = Files.readAllBytes(p);
                try {
                    if (File.open(d, name).isPresent()) {
                        data.add(d);
                        names.add(name);
                    }
                } catch (mutagen.MutagenError e) {
                    // Damaged files are left out: the loop reads what opens.
                }
            }
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long reads = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() < end) {
            for (int i = 0; i < data.size(); i++) {
                Optional<FileType> f = File.open(data.get(i), names.get(i), Options.defaults());
                FileType t = f.orElseThrow();
                // As the benchmark's Touch: the stream information and every tag value.
                long s = (long) t.info().length() + t.info().attributes().size();
                for (String key : t.keys()) {
                    s += t.get(key) instanceof List<?> values ? values.size() : 1;
                }
                sink += s;
                reads++;
            }
        }
        System.out.printf("%d files, %d reads, %.0f ns per read%n", data.size(), reads,
                (System.nanoTime() - t0) / (double) reads);
    }
}
