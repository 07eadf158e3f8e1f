// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import mutagen.MutagenError;
import mutagen.id3.ID3;
import mutagen.mp3.MP3;

/**
 * {@code mutagen-pony DIRECTORY...}: loads every {@code *.mp3} below each directory and reports how many loaded, their
 * ID3 versions and the errors, as mutagen 1.48.1's tool prints it. A Python traceback of a failed file is replaced by
 * {@code (mutagen-java: no Python stack)} and the exception line.
 *
 * <p>Mirrors {@code mutagen._tools.mutagen_pony}.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class MutagenPony {
    private MutagenPony() {
    }

    /**
     * Runs the tool with the process's streams and exits with its code.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        Tools.main(args, MutagenPony::run);
    }

    /**
     * Runs the tool; answers the exit code.
     *
     * @param args the args
     * @param out where to write
     * @param err the err
     * @return the exit code
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return Tools.run(() -> {
            if (args.isEmpty()) {
                out.print("Usage: mutagen-pony directory ...\n");
            }
            for (String dir : args) {
                out.print("Scanning " + dir + "\n");
                Report report = new Report(dir);
                walk(dir, report);
                out.print(report + "\n");
            }
        }, out, err);
    }

    /** {@code os.walk}: the files of a folder (sorted), then each subfolder in directory order; errors ignored. */
    private static void walk(String dir, Report report) {
        List<String> files = new ArrayList<>();
        List<String> dirs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Tools.path(dir))) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                (Files.isDirectory(p) ? dirs : files).add(p.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        files.sort(null);
        for (String fn : files) {
            if (fn.toLowerCase(Locale.ROOT).endsWith(".mp3")) {
                String full = dir.endsWith("/") ? dir + fn : dir + "/" + fn;
                check(full, report);
            }
        }
        for (String d : dirs) {
            walk(dir.endsWith("/") ? dir + d : dir + "/" + d, report);
        }
    }

    private static void check(String name, Report report) {
        try {
            MP3 mp3 = new MP3(Tools.path(name));
            if (mp3.tags() == null) {
                report.missings++;
            } else {
                ID3 id3 = (ID3) mp3.tags();
                report.versions.merge(id3.version(), 1, Integer::sum);
                if (id3.fUnsynch()) {
                    report.unsync++;
                }
            }
        } catch (IOException | RuntimeException e) {
            String type = pythonName(e);
            report.exceptions.merge(type.substring(type.lastIndexOf('.') + 1), 1, Integer::sum);
            report.errors.add(new String[] {name, type, e instanceof MutagenError m ? m.pythonStr() : e.toString()});
        }
        report.files++;
    }

    /** The Python class of an error as a traceback names it. */
    static String pythonName(Exception e) {
        String simple = e.getClass().getSimpleName();
        String pkg = e.getClass().getPackageName();
        if (e.getClass() == MutagenError.class) {
            return "mutagen.MutagenError";
        } else if (pkg.equals("mutagen.id3")) {
            return "mutagen.id3._util." + simple;
        } else if (pkg.startsWith("mutagen.")) {
            return pkg + "." + simple;
        }
        return simple;
    }

    /** The report of one directory. */
    private static final class Report {
        final String name;
        int files;
        int unsync;
        int missings;
        final List<String[]> errors = new ArrayList<>();
        final Map<String, Integer> exceptions = new TreeMap<>();
        final Map<List<Integer>, Integer> versions = new TreeMap<>((a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = Integer.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        });

        Report(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            List<String> s = new ArrayList<>();
            s.add("-- Report for " + name + " --");
            if (files == 0) {
                return s.get(0) + "\nNo MP3 files found.\n";
            }
            int good = files - errors.size();
            s.add("Loaded " + good + "/" + files + " files (" + (int) (((double) good / files) * 100) + "%)");
            s.add(unsync + " files with unsynchronized frames.");
            s.add(missings + " files without tags.");
            s.add("\nID3 Versions:");
            versions.forEach((v, n) -> s.add("  " + v.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(".")) + "\t" + n));
            if (exceptions.size() > 1) {
                // Python sorts (class, count) pairs: two exception classes cannot be compared.
                throw new PyException("TypeError", "'<' not supported between instances of 'type' and 'type'");
            }
            if (!exceptions.isEmpty()) {
                s.add("\nExceptions:");
                exceptions.forEach((ex, n) -> s.add(String.format("  %-20s\t%d", ex, n)));
            }
            if (errors.isEmpty()) {
                s.add("\nNo errors!");
            } else {
                s.add("\nERRORS:\n");
                for (String[] e : errors) {
                    s.add("\nReading " + e[0] + ":");
                    s.add("  (mutagen-java: no Python stack)\n" + e[1] + (e[2].isEmpty() ? "" : ": " + e[2]) + "\n");
                }
            }
            return String.join("\n", s);
        }
    }
}
