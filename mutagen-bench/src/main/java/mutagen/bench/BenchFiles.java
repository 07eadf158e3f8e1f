// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.File;
import mutagen.FileType;

/**
 * The files the benchmarks run on: mutagen's test corpus and the project's {@code test-files/} (without the hostile
 * inputs under {@code fuzz/}), filtered by extension and by the kind our library detects.
 *
 * <p>Settings come from system properties so that JMH's forked JVMs see the same selection:
 * {@value #DIRS} (folders, separated by the path separator; default: the corpus and {@code test-files}),
 * {@value #EXT} (comma-separated extensions such as {@code mp3,flac}; default: all) and {@value #KINDS}
 * (comma-separated kind names such as {@code MP3,FLAC}, the simple class name of the {@code FileType} that
 * {@code File.open} returns; default: any kind).
 */
public final class BenchFiles {
    /** System property: folders to take files from. */
    public static final String DIRS = "mutagen.bench.dirs";
    /** System property: extensions to keep. */
    public static final String EXT = "mutagen.bench.ext";
    /** System property: kinds to keep. */
    public static final String KINDS = "mutagen.bench.kinds";

    private BenchFiles() {
    }

    /**
     * Which files to use.
     *
     * @param dirs the folders searched recursively
     * @param exts lowercase extensions without the dot; empty means all
     * @param kinds kind names; empty means any kind our library opens
     */
    public record Selection(List<Path> dirs, Set<String> exts, Set<String> kinds) {
        /** The selection given by the system properties. */
        public static Selection fromSystemProperties() {
            String dirs = System.getProperty(DIRS, "");
            List<Path> paths = dirs.isBlank() ? defaultDirs()
                    : Arrays.stream(dirs.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of)
                    .collect(Collectors.toList());
            return new Selection(paths, split(System.getProperty(EXT, ""), true),
                    split(System.getProperty(KINDS, ""), false));
        }

        /** Whether a file name passes the extension filter. */
        public boolean extensionMatches(Path file) {
            return exts.isEmpty() || exts.contains(extension(file));
        }

        /** The system-property arguments ({@code -D...}) that give this selection to another JVM. */
        public List<String> asJvmArgs() {
            List<String> out = new ArrayList<>();
            out.add("-D" + DIRS + "=" + dirs.stream().map(p -> p.toAbsolutePath().toString())
                    .collect(Collectors.joining(java.io.File.pathSeparator)));
            out.add("-D" + EXT + "=" + String.join(",", exts));
            out.add("-D" + KINDS + "=" + String.join(",", kinds));
            return out;
        }
    }

    /** The corpus ({@code mutagen.corpus} or {@code ../shared/corpus/mutagen}) and {@code test-files}, if present. */
    public static List<Path> defaultDirs() {
        List<Path> out = new ArrayList<>();
        String corpus = System.getProperty("mutagen.corpus");
        if (corpus != null) {
            out.add(Path.of(corpus));
        } else {
            for (String c : List.of("../shared/corpus/mutagen", "shared/corpus/mutagen")) {
                if (Files.isDirectory(Path.of(c))) {
                    out.add(Path.of(c));
                    break;
                }
            }
        }
        String fixtures = System.getProperty("mutagen.testfiles", "test-files");
        if (Files.isDirectory(Path.of(fixtures))) {
            out.add(Path.of(fixtures));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no benchmark files: mutagen's corpus is not at ../shared/corpus/mutagen;"
                    + " run from the repository root or set -D" + DIRS + "=DIR");
        }
        return out;
    }

    /** Every file of the folders that passes the extension filter, sorted; skips {@code fuzz/}, dot files, *.md. */
    public static List<Path> candidates(Selection sel) {
        Set<Path> out = new LinkedHashSet<>();
        for (Path dir : sel.dirs()) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("benchmark folder missing: " + dir.toAbsolutePath());
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !dir.relativize(p).toString().replace('\\', '/').matches("(^|.*/)fuzz/.*"))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                        .filter(sel::extensionMatches)
                        .sorted()
                        .forEach(p -> out.add(p.toAbsolutePath().normalize()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    /** The candidates that our library opens without error, of a selected kind. */
    public static List<Path> readable(Selection sel) {
        List<Path> out = new ArrayList<>();
        for (Path p : candidates(sel)) {
            String kind = kindOf(p);
            if (kind != null && (sel.kinds().isEmpty() || sel.kinds().contains(kind))) {
                out.add(p);
            }
        }
        return out;
    }

    /** The simple class name of what {@code File.open} gives for the file, or {@code null} (no match or error). */
    public static String kindOf(Path file) {
        try {
            Optional<FileType> f = File.open(file);
            return f.map(t -> t.getClass().getSimpleName()).orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The lowercase extension of a file name without the dot, or "" when there is none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Set<String> split(String s, boolean lower) {
        Set<String> out = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            String t = part.trim();
            if (t.startsWith(".")) {
                t = t.substring(1);
            }
            if (!t.isEmpty()) {
                out.add(lower ? t.toLowerCase(Locale.ROOT) : t);
            }
        }
        return out;
    }
}
