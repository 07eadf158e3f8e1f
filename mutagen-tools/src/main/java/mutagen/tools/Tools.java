// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import mutagen.MutagenError;
import mutagen.util.PyErrors;

/** What the tools share: the process entry point, the exit-code mapping, Python's file-name and error texts. */
final class Tools {
    /** A tool's body: runs with the arguments, ends normally (exit 0) or by {@link OptParser.Exit}. */
    interface Body {
        void run() throws Exception;
    }

    /** A tool's {@code run(args, out, err)}. */
    interface Runner {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    private Tools() {
    }

    /** The process entry point: UTF-8 streams (as Python writes them), the signal handler, the exit code. */
    static void main(String[] args, Runner runner) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        SignalHandler.init(err);
        int code = runner.run(List.of(args), out, err);
        out.flush();
        err.flush();
        SignalHandler.exit(code);
    }

    /** Runs a body: 0 when it ends, the code of an {@link OptParser.Exit}, 1 with a "traceback" on an uncaught error. */
    static int run(Body body, PrintStream out, PrintStream err) {
        try {
            body.run();
            return 0;
        } catch (OptParser.Exit e) {
            return e.code;
        } catch (PyException e) {
            out.flush();
            err.print(e.traceback());
            return 1;
        } catch (Exception e) {
            out.flush();
            err.print(new PyException("RuntimeError", "mutagen-java: " + e).traceback());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** A command-line file name as a path; Python's errors for the names Java cannot represent. */
    static Path path(String name) throws MutagenError {
        if (name.isEmpty()) {
            throw new MutagenError(PyErrors.format(2, "No such file or directory", name));
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new PyException("ValueError", "embedded null byte");
        }
    }

    /** Python's {@code str(err)} of an I/O failure. */
    static String str(java.io.IOException e) {
        return e instanceof MutagenError m ? m.pythonStr() : e.getMessage() == null ? "" : e.getMessage();
    }

    /** An uncaught mutagen error, as Python's traceback names it. */
    static PyException uncaught(MutagenError e) {
        String type = e.getClass() == MutagenError.class ? "mutagen.MutagenError"
                : "mutagen." + e.getClass().getSimpleName();
        return new PyException(type, e.pythonStr());
    }

    /** Python's error text of {@code s.encode("ascii")}, or {@code null} when the text is ASCII. */
    static String asciiError(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                int end = i;
                while (end < s.length() && s.charAt(end) > 0x7f) {
                    end++;
                }
                int from = s.codePointCount(0, i);
                int to = from + s.codePointCount(i, end) - 1;
                if (from == to) {
                    return "'ascii' codec can't encode character " + charEscape(s.codePointAt(i)) + " in position "
                            + from + ": ordinal not in range(128)";
                }
                return "'ascii' codec can't encode characters in position " + from + "-" + to
                        + ": ordinal not in range(128)";
            }
        }
        return null;
    }

    /** Python's {@code '\xe4'} / {@code '\u20ac'} / {@code '\U0001f600'} form of a code point in error texts. */
    static String charEscape(int cp) {
        if (cp < 0x100) {
            return String.format("'\\x%02x'", cp);
        } else if (cp < 0x10000) {
            return String.format("'\\u%04x'", cp);
        }
        return String.format("'\\U%08x'", cp);
    }
}
