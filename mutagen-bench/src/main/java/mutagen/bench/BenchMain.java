// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mutagen.spi.FormatProvider;
import mutagen.spi.Providers;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the JMH benchmarks on the selected files.
 *
 * <p>Usage: {@code java -cp mutagen-bench.jar:FORMAT-JARS mutagen.bench.BenchMain [--ext mp3,flac]
 * [--kinds MP3,FLAC] [--dirs DIR:DIR] [--list] [JMH options]}. The file parameters ({@code file} of
 * {@link OpenBenchmark}, {@code floorFile} of {@link FloorBenchmark}, {@code saveFile} of {@link SaveBenchmark})
 * are filled with the readable (saveable) files of the selection unless given with {@code -p}; benchmarks with no
 * file are left out.
 * Everything else is JMH's own command line, e.g. {@code OpenBenchmark -f 1 -wi 2 -i 3}.
 */
public final class BenchMain {
    private BenchMain() {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException, RunnerException {
        List<String> jmhArgs = new ArrayList<>();
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--ext" -> System.setProperty(BenchFiles.EXT, value(args, ++i, a));
                case "--kinds" -> System.setProperty(BenchFiles.KINDS, value(args, ++i, a));
                case "--dirs" -> System.setProperty(BenchFiles.DIRS, value(args, ++i, a));
                case "--list" -> list = true;
                case "--help" -> {
                    usage();
                    return;
                }
                default -> jmhArgs.add(a);
            }
        }
        CommandLineOptions cmd;
        try {
            cmd = new CommandLineOptions(jmhArgs.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            System.err.println("bad JMH option: " + e.getMessage());
            usage();
            System.exit(2);
            return;
        }
        if (cmd.shouldHelp()) {
            usage();
            cmd.showHelp();
            return;
        }

        BenchFiles.Selection sel = BenchFiles.Selection.fromSystemProperties();
        List<String> kinds = Providers.installed().stream().map(FormatProvider::kindName).toList();
        System.out.println("# installed formats: " + (kinds.isEmpty() ? "none" : String.join(" ", kinds)));
        for (String err : Providers.loadErrors()) {
            System.out.println("# provider load error: " + err);
        }
        List<Path> readable = BenchFiles.readable(sel);
        Path probeDir = TempDirs.create("mutagen-bench-probe");
        List<Path> saveable = new ArrayList<>();
        try {
            for (Path p : readable) {
                if (Edit.canSave(p, probeDir)) {
                    saveable.add(p);
                }
            }
        } finally {
            TempDirs.deleteTree(probeDir);
        }
        System.out.printf("# files: %d candidates, %d readable, %d saveable%n",
                BenchFiles.candidates(sel).size(), readable.size(), saveable.size());
        if (list) {
            for (Path p : readable) {
                System.out.println(BenchFiles.kindOf(p) + "\t" + (saveable.contains(p) ? "save" : "-") + "\t"
                        + display(p));
            }
            return;
        }

        ChainedOptionsBuilder b = new OptionsBuilder().parent(cmd);
        List<String> jvmArgs = new ArrayList<>(sel.asJvmArgs());
        for (String prop : List.of("mutagen.bench.tmp", "mutagen.corpus", "mutagen.testfiles")) {
            if (System.getProperty(prop) != null) {
                jvmArgs.add("-D" + prop + "=" + System.getProperty(prop));
            }
        }
        if (cmd.getJvmArgsAppend().hasValue()) {
            jvmArgs.addAll(cmd.getJvmArgsAppend().get());
        }
        b.jvmArgsAppend(jvmArgs.toArray(new String[0]));
        fill(b, cmd, "file", readable, "OpenBenchmark");
        fill(b, cmd, "floorFile", readable.isEmpty() ? BenchFiles.candidates(sel) : readable, "FloorBenchmark");
        fill(b, cmd, "saveFile", saveable, "SaveBenchmark");
        if (cmd.shouldList() || cmd.shouldListWithParams()) {
            new Runner(b.build()).list();
            return;
        }
        new Runner(b.build()).run();
    }

    private static void fill(ChainedOptionsBuilder b, CommandLineOptions cmd, String param, List<Path> files,
                             String benchmarks) {
        if (cmd.getParameter(param).hasValue()) {
            return;
        }
        if (files.isEmpty()) {
            System.out.println("# no file for " + benchmarks.replace("|", ", ") + ": left out (unsupported)");
            b.exclude("\\.(" + benchmarks + ")\\.");
        } else {
            b.param(param, files.stream().map(BenchMain::display).toArray(String[]::new));
        }
    }

    /** The path relative to the working folder when it is inside it (shorter JMH labels), else absolute. */
    static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static void usage() {
        System.out.println("""
                usage: java -cp mutagen-bench.jar:FORMAT-JARS mutagen.bench.BenchMain [options] [JMH options]
                  --ext mp3,flac     only files with these extensions
                  --kinds MP3,FLAC   only files our library opens as these kinds (FileType class names)
                  --dirs DIR:DIR     folders to take files from (default: the corpus and test-files)
                  --list             print the selected files and exit
                JMH options follow JMH's own syntax, e.g. 'OpenBenchmark -wi 2 -i 3 -f 1' (see bench/README.md).""");
    }
}
