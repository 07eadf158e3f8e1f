// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.util.PyErrors;

/**
 * {@code mutagen-inspect FILE...}: prints the stream information and every tag of each file, byte for byte as
 * mutagen 1.48.1's tool prints them.
 *
 * <p>Mirrors {@code mutagen._tools.mutagen_inspect}; its options are parsed as Python's {@code optparse} parses
 * them (abbreviated long options, {@code --}, options between files), and so are its error texts and exit codes.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class MutagenInspect {
    static final String PROG = "mutagen-inspect";
    static final String USAGE = "Usage: " + PROG + " [options] FILE [FILE...]\n";
    static final String HELP = USAGE + "\n"
            + "Options:\n"
            + "  -h, --help           show this help message and exit\n"
            + "  --no-flac=NO_FLAC    Compatibility; does nothing.\n"
            + "  --no-mp3=NO_MP3      Compatibility; does nothing.\n"
            + "  --no-apev2=NO_APEV2  Compatibility; does nothing.\n";
    private static final List<String> LONG_OPTIONS = List.of("--help", "--no-apev2", "--no-flac", "--no-mp3");

    private MutagenInspect() {
    }

    /**
     * Runs the tool with the process's streams (UTF-8, as Python writes them) and exits with its code.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), false, StandardCharsets.UTF_8);
        int code = run(List.of(args), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool.
     *
     * @param args the args
     * @param out where to write
     * @param err the err
     * @return the exit code: 0 after inspecting, 1 without files (after the help), 2 on a bad option
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                files.addAll(args.subList(i + 1, args.size()));
                break;
            } else if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq >= 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                String option;
                try {
                    option = matchLongOption(name);
                } catch (IllegalArgumentException e) {
                    return usageError(err, e.getMessage());
                }
                if (option.equals("--help")) {
                    if (value != null) {
                        return usageError(err, "--help option does not take a value");
                    }
                    out.print(HELP);
                    return 0;
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        return usageError(err, option + " option requires 1 argument");
                    }
                    i++; // the compatibility options take a value and ignore it
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                if (arg.charAt(1) == 'h') {
                    out.print(HELP);
                    return 0;
                }
                return usageError(err, "no such option: -" + arg.charAt(1));
            } else {
                files.add(arg);
            }
        }
        if (files.isEmpty()) {
            out.print(HELP);
            return 1;
        }
        for (String name : files) {
            out.print("-- " + name + "\n");
            out.print(describe(name) + "\n");
            out.print("\n");
        }
        out.flush();
        return 0;
    }

    /** The line(s) printed for one file: {@code - pprint}, {@code - Unknown file type} or the error text. */
    static String describe(String name) {
        try {
            if (name.isEmpty()) {
                // Path.of("") would be the working directory; Python's open("") fails like this.
                return PyErrors.format(2, "No such file or directory", name);
            }
            Optional<FileType> file = File.open(Path.of(name));
            return file.map(f -> "- " + f.pprint()).orElse("- Unknown file type");
        } catch (MutagenError e) {
            return e.pythonStr();
        } catch (InvalidPathException e) {
            return PyErrors.format(2, "No such file or directory", name);
        } catch (RuntimeException e) {
            // mutagen-inspect prints str(err) for any exception; ours would be a bug, so name it.
            return e.toString();
        }
    }

    /** optparse's long-option matching: an exact name, or a unique abbreviation. */
    private static String matchLongOption(String name) {
        if (LONG_OPTIONS.contains(name)) {
            return name;
        }
        List<String> candidates = new ArrayList<>();
        for (String o : LONG_OPTIONS) {
            if (o.startsWith(name)) {
                candidates.add(o);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no such option: " + name);
        }
        throw new IllegalArgumentException("ambiguous option: " + name + " (" + String.join(", ", candidates) + "?)");
    }

    private static int usageError(PrintStream err, String message) {
        err.print(USAGE + "\n" + PROG + ": error: " + message + "\n");
        err.flush();
        return 2;
    }
}
