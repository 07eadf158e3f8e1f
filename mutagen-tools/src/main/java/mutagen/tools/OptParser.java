// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Python's {@code optparse.OptionParser} as mutagen's tools use it: short options (grouped, with attached values),
 * long options (unique abbreviations, {@code --name=value}), {@code --}, files between options, callbacks run in
 * command-line order, the {@code --version} and {@code -h/--help} options, its help layout
 * ({@code IndentedHelpFormatter}, width from {@code $COLUMNS}) and its error texts and exit codes.
 */
final class OptParser {
    /** What an option does when it is met; {@code value} is null for options without a value. */
    interface Action {
        void run(String optionString, String value) throws Exit;
    }

    /** Ends the tool with a code, as Python's {@code SystemExit}. */
    static final class Exit extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    /** One option: its names, whether it takes a value, the metavar and help shown ({@code null} help = hidden). */
    record Option(List<String> names, boolean takesValue, String metavar, String help, Action action) {
    }

    private final String prog;
    private final String usage;
    private final String description;
    private final PrintStream out;
    private final PrintStream err;
    private final List<Option> options = new ArrayList<>();
    private final Map<String, Option> shortOpts = new LinkedHashMap<>();
    private final Map<String, Option> longOpts = new LinkedHashMap<>();
    private String epilogText = "";

    /** A parser with {@code --version} (when a version text is given) and {@code -h/--help}, as optparse adds them. */
    OptParser(String prog, String usage, String description, String version, PrintStream out, PrintStream err) {
        this.prog = prog;
        this.usage = usage.replace("%prog", prog);
        this.description = description;
        this.out = out;
        this.err = err;
        if (version != null) {
            add(List.of("--version"), false, null, "show program's version number and exit", (o, v) -> {
                out.print(version.replace("%prog", prog) + "\n");
                throw new Exit(0);
            });
        }
        add(List.of("-h", "--help"), false, null, "show this help message and exit", (o, v) -> {
            out.print(formatHelp());
            throw new Exit(0);
        });
    }

    /** Text printed after the options in the help (mid3v2 appends one). */
    void epilog(String text) {
        epilogText = text;
    }

    void add(List<String> names, boolean takesValue, String metavar, String help, Action action) {
        Option o = new Option(names, takesValue, metavar, help, action);
        options.add(o);
        for (String n : names) {
            (n.startsWith("--") ? longOpts : shortOpts).put(n, o);
        }
    }

    /** Parses the arguments, running each option's action; answers the remaining (file) arguments. */
    List<String> parse(List<String> argv) throws Exit {
        List<String> rargs = new ArrayList<>(argv);
        List<String> largs = new ArrayList<>();
        while (!rargs.isEmpty()) {
            String arg = rargs.get(0);
            if (arg.equals("--")) {
                rargs.remove(0);
                break;
            } else if (arg.startsWith("--")) {
                longOpt(rargs);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                shortOpts(rargs);
            } else {
                largs.add(rargs.remove(0));
            }
        }
        largs.addAll(rargs);
        return largs;
    }

    private void longOpt(List<String> rargs) throws Exit {
        String arg = rargs.remove(0);
        String opt = arg;
        boolean explicit = false;
        int eq = arg.indexOf('=');
        if (eq >= 0) {
            opt = arg.substring(0, eq);
            rargs.add(0, arg.substring(eq + 1));
            explicit = true;
        }
        opt = matchAbbrev(opt);
        Option option = longOpts.get(opt);
        String value = null;
        if (option.takesValue()) {
            if (rargs.isEmpty()) {
                throw error(opt + " option requires 1 argument");
            }
            value = rargs.remove(0);
        } else if (explicit) {
            throw error(opt + " option does not take a value");
        }
        option.action().run(opt, value);
    }

    private void shortOpts(List<String> rargs) throws Exit {
        String arg = rargs.remove(0);
        for (int i = 1; i < arg.length(); i++) {
            String opt = "-" + arg.charAt(i);
            Option option = shortOpts.get(opt);
            if (option == null) {
                throw error("no such option: " + opt);
            }
            String value = null;
            boolean stop = false;
            if (option.takesValue()) {
                if (i + 1 < arg.length()) {
                    rargs.add(0, arg.substring(i + 1));
                    stop = true;
                }
                if (rargs.isEmpty()) {
                    throw error(opt + " option requires 1 argument");
                }
                value = rargs.remove(0);
            }
            option.action().run(opt, value);
            if (stop) {
                break;
            }
        }
    }

    private String matchAbbrev(String s) throws Exit {
        if (longOpts.containsKey(s)) {
            return s;
        }
        TreeSet<String> possible = new TreeSet<>();
        for (String name : longOpts.keySet()) {
            if (name.startsWith(s)) {
                possible.add(name);
            }
        }
        if (possible.size() == 1) {
            return possible.first();
        }
        if (possible.isEmpty()) {
            throw error("no such option: " + s);
        }
        throw error("ambiguous option: " + s + " (" + String.join(", ", possible) + "?)");
    }

    /** optparse's {@code error()}: the usage and the message on stderr, exit code 2. */
    Exit error(String message) {
        err.print(usageLine() + "\n" + prog + ": error: " + message + "\n");
        return new Exit(2);
    }

    String usageLine() {
        return "Usage: " + usage + "\n";
    }

    void printHelp() {
        out.print(formatHelp());
    }

    /** The help text as {@code optparse} lays it out for the current {@code $COLUMNS}. */
    String formatHelp() {
        int width = terminalWidth();
        StringBuilder sb = new StringBuilder(usageLine()).append('\n');
        if (description != null) {
            for (String line : wrap(description, Math.max(width, 11))) {
                sb.append(line).append('\n');
            }
            sb.append('\n');
        }
        sb.append("Options:\n");
        List<String> strings = new ArrayList<>();
        int maxLen = 0;
        for (Option o : options) {
            String s = optionStrings(o);
            strings.add(s);
            maxLen = Math.max(maxLen, s.length() + 2);
        }
        int helpPosition = Math.min(maxLen + 2, Math.min(24, Math.max(width - 20, 4)));
        int helpWidth = Math.max(width - helpPosition, 11);
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            if (o.help() != null) {
                formatOption(sb, strings.get(i), o.help(), helpPosition, helpWidth);
            }
        }
        return sb.append(epilogText).toString();
    }

    private static void formatOption(StringBuilder sb, String opts, String help, int helpPosition, int helpWidth) {
        int optWidth = helpPosition - 2 - 2;
        int indentFirst;
        if (opts.length() > optWidth) {
            sb.append("  ").append(opts).append('\n');
            indentFirst = helpPosition;
        } else {
            sb.append("  ").append(opts).append(" ".repeat(optWidth - opts.length())).append("  ");
            indentFirst = 0;
        }
        List<String> lines = wrap(help, helpWidth);
        sb.append(" ".repeat(indentFirst)).append(lines.isEmpty() ? "" : lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            sb.append(" ".repeat(helpPosition)).append(lines.get(i)).append('\n');
        }
    }

    private static String optionStrings(Option o) {
        List<String> shorts = new ArrayList<>();
        List<String> longs = new ArrayList<>();
        for (String n : o.names()) {
            if (n.startsWith("--")) {
                longs.add(o.takesValue() ? n + "=" + o.metavar() : n);
            } else {
                shorts.add(o.takesValue() ? n + " " + o.metavar() : n);
            }
        }
        shorts.addAll(longs);
        return String.join(", ", shorts);
    }

    /** optparse's width: {@code $COLUMNS} (80 when unset or not a number) minus 2. */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        int width = 80;
        if (columns != null) {
            try {
                width = Integer.parseInt(columns.strip());
            } catch (NumberFormatException e) {
                width = 80;
            }
        }
        return width - 2;
    }

    /**
     * {@code textwrap.wrap} for the plain texts of the tools: whitespace collapsed to chunks of one space, words
     * split after hyphens between letters, greedy filling, long words broken (after a hyphen when one fits).
     */
    static List<String> wrap(String text, int width) {
        List<String> chunks = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!chunks.isEmpty()) {
                chunks.add(" ");
            }
            for (String part : word.split("(?<=[^\\d\\W]{2}-)(?=[^\\d\\W]-?[^\\d\\W])")) {
                chunks.add(part);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        while (i < chunks.size()) {
            if (chunks.get(i).equals(" ")) {
                i++; // a line never starts with whitespace
                continue;
            }
            StringBuilder line = new StringBuilder();
            while (i < chunks.size() && line.length() + chunks.get(i).length() <= width) {
                line.append(chunks.get(i++));
            }
            if (i < chunks.size() && chunks.get(i).length() > width) {
                String chunk = chunks.get(i);
                int spaceLeft = Math.max(width < 1 ? 1 : width - line.length(), line.length() == 0 ? 1 : 0);
                if (spaceLeft > 0) {
                    int end = spaceLeft;
                    int hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
                    if (hyphen > 0 && !chunk.substring(0, hyphen).replace("-", "").isEmpty()) {
                        end = hyphen + 1;
                    }
                    line.append(chunk, 0, end);
                    chunks.set(i, chunk.substring(end));
                }
            }
            String l = line.toString().stripTrailing();
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }
}
