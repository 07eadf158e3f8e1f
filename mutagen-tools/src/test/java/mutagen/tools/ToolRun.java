// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One in-process run of a command-line tool for the tool tests: its exit code and what it printed on standard
 * output and standard error (UTF-8).
 */
record ToolRun(int code, String out, String err) {

    /** A tool's entry point as the tests call it: arguments, standard output, standard error, exit code. */
    @FunctionalInterface
    interface Tool {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    /** Runs {@code tool} with the arguments' string forms (paths and numbers welcome). */
    static ToolRun of(Tool tool, Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = tool.run(Arrays.stream(args).map(String::valueOf).toList(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new ToolRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
