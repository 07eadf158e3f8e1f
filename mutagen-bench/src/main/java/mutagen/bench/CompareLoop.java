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
 * The plain (non-JMH) timing loop of {@code bench/compare}: for each file, repeats one read for a time budget and
 * prints the mean µs per read. Warmed up first, so the JIT has compiled the reading code.
 *
 * <p>Usage: {@code CompareLoop --list FILE [--modes ours-path,ours-bytes,jaudiotagger,java-floor]
 * [--budget-ms 20] [--warmup-ms 2000]}, or {@code CompareLoop --providers} to print the installed kinds. Output, one line per mode and file, tab-separated:
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
        long warmupNs = 2_000_000_000L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> list = Path.of(args[++i]);
                case "--modes" -> modes = List.of(args[++i].split(","));
                case "--budget-ms" -> budgetNs = Long.parseLong(args[++i]) * 1_000_000L;
                case "--warmup-ms" -> warmupNs = Long.parseLong(args[++i]) * 1_000_000L;
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
        for (String mode : modes) {
            run(mode, reader(mode), files, budgetNs, warmupNs, out);
        }
    }

    /** The reader of a mode. */
    static Reader reader(String mode) {
        return switch (mode) {
            case "ours-path" -> new OursPath();
            case "ours-bytes" -> new OursBytes();
            case "jaudiotagger" -> new Jaudiotagger();
            case "java-floor" -> new JavaFloor();
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    }

    /** Times every file with one reader and prints one line per file. */
    static void run(String mode, Reader reader, List<Path> files, long budgetNs, long warmupNs, PrintStream out)
            throws Exception {
        List<Object> states = new ArrayList<>(files.size());
        List<String[]> checks = new ArrayList<>(files.size());
        for (Path p : files) {
            Object state = reader.prepare(p);
            states.add(state);
            checks.add(reader.check(state));
        }
        // Warm-up: read every good file in turn until the warm-up time is spent (at least once each).
        long end = System.nanoTime() + warmupNs;
        do {
            for (int i = 0; i < files.size(); i++) {
                if (checks.get(i)[0].equals("ok")) {
                    sink += reader.read(states.get(i));
                }
            }
        } while (System.nanoTime() < end);
        for (int i = 0; i < files.size(); i++) {
            String[] check = checks.get(i);
            double us = Double.NaN;
            long iterations = 0;
            if (check[0].equals("ok")) {
                Object state = states.get(i);
                long start = System.nanoTime();
                long now;
                do {
                    sink += reader.read(state);
                    iterations++;
                    now = System.nanoTime();
                } while (now - start < budgetNs || iterations < 3);
                us = (now - start) / 1000.0 / iterations;
            }
            out.printf("%s\t%s\t%s\t%s\t%s\t%d%n", mode, files.get(i), check[0], check[1],
                    Double.isNaN(us) ? "" : String.format(java.util.Locale.ROOT, "%.3f", us), iterations);
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

    /** Open + read 4 KiB + close. */
    static final class JavaFloor implements Reader {
        @Override
        public Object prepare(Path path) {
            return path;
        }

        @Override
        public long read(Object state) throws IOException {
            return Floor.read4k((Path) state);
        }

        @Override
        public String[] check(Object state) {
            try {
                Floor.read4k((Path) state);
                return new String[] {"ok", ""};
            } catch (IOException e) {
                return failure(e);
            }
        }
    }
}
