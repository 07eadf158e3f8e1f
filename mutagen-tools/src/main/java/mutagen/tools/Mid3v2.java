// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.id3.ID3;
import mutagen.id3.ID3LoadOptions;
import mutagen.id3.ID3NoHeaderError;
import mutagen.id3.TCON;

/**
 * {@code mid3v2}: lists and edits ID3v2 tags as mutagen 1.48.1's tool does (id3lib's {@code id3v2} options), with
 * its help, messages, exit codes and saved bytes.
 *
 * <p>Mirrors {@code mutagen._tools.mid3v2}. The frame setters are in {@link Mid3v2Edits}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class Mid3v2 {
    static final String PROG = "mid3v2";
    static final String VERSION = "mid3v2 1.3\nUses Mutagen 1.48.1";
    static final String EPILOG = """
            You can set the value for any ID3v2 frame by using '--' and then a frame ID.
            For example:
                    mid3v2 --TIT3 "Monkey!" file.mp3
            would set the "Subtitle/Description" frame to "Monkey!".

            Any editing operation will cause the ID3 tag to be upgraded to ID3v2.4.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final List<String[]> edits = new ArrayList<>();
    private boolean verbose;
    private boolean escape;
    private String action;
    private String deletes = "";

    private Mid3v2(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the tool with the process's streams and exits with its code.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        Tools.main(args, Mid3v2::run);
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
        return Tools.run(() -> new Mid3v2(out, err).main(args), out, err);
    }

    private void main(List<String> argv) throws Exception {
        OptParser parser = parser();
        List<String> args = parser.parse(argv);
        if (args.isEmpty()) {
            parser.printHelp();
        } else if (!edits.isEmpty() || !deletes.isEmpty()) {
            if (!deletes.isEmpty()) {
                deleteFrames(args);
            }
            if (!edits.isEmpty()) {
                new Mid3v2Edits(err, verbose, escape).write(edits, args);
            }
        } else if (action == null || action.equals("list")) {
            listTags(args, false);
        } else if (action.equals("list-raw")) {
            listTags(args, true);
        } else if (action.equals("convert")) {
            new Mid3v2Edits(err, verbose, escape).write(List.of(), args);
        } else {
            deleteTags(args, action.contains("v1"), action.contains("v2"));
        }
    }

    private OptParser parser() {
        OptParser p = new OptParser(PROG, "%prog [OPTION] [FILE]...", "Mutagen-based replacement for id3lib's id3v2.",
                VERSION, out, err);
        p.epilog(EPILOG);
        p.add(List.of("-v", "--verbose"), false, null, "be verbose", (o, v) -> verbose = true);
        p.add(List.of("-q", "--quiet"), false, null, "be quiet (the default)", (o, v) -> verbose = false);
        p.add(List.of("-e", "--escape"), false, null, "enable interpretation of backslash escapes",
                (o, v) -> escape = true);
        p.add(List.of("-f", "--list-frames"), false, null, "Display all possible frames for ID3v2.3 / ID3v2.4",
                (o, v) -> listFrames("v23"));
        p.add(List.of("--list-frames-v2.2"), false, null, "Display all possible frames for ID3v2.2",
                (o, v) -> listFrames("v22"));
        p.add(List.of("-L", "--list-genres"), false, null, "Lists all ID3v1 genres", (o, v) -> listGenres());
        actionOption(p, List.of("-l", "--list"), "list", "Lists the tag(s) on the open(s)");
        actionOption(p, List.of("--list-raw"), "list-raw", "Lists the tag(s) on the open(s) in Python format");
        actionOption(p, List.of("-d", "--delete-v2"), "delete-v2", "Deletes ID3v2 tags");
        actionOption(p, List.of("-s", "--delete-v1"), "delete-v1", "Deletes ID3v1 tags");
        actionOption(p, List.of("-D", "--delete-all"), "delete-v1-v2", "Deletes ID3v1 and ID3v2 tags");
        p.add(List.of("--delete-frames"), true, "FID1,FID2,...", "Delete the given frames", (o, v) -> deletes = v);
        actionOption(p, List.of("-C", "--convert"), "convert", "Convert tags to ID3v2.4 (any editing will do this)");
        setter(p, List.of("-a", "--artist"), "\"ARTIST\"", "Set the artist information", "TPE1");
        setter(p, List.of("-A", "--album"), "\"ALBUM\"", "Set the album title information", "TALB");
        setter(p, List.of("-t", "--song"), "\"SONG\"", "Set the song title information", "TIT2");
        setter(p, List.of("-c", "--comment"), "\"DESCRIPTION\":\"COMMENT\":\"LANGUAGE\"", "Set the comment information",
                "COMM");
        setter(p, List.of("-p", "--picture"), "\"FILENAME\":\"DESCRIPTION\":\"IMAGE-TYPE\":\"MIME-TYPE\"",
                "Set the picture", "APIC");
        setter(p, List.of("-g", "--genre"), "\"GENRE\"", "Set the genre or genre number", "TCON");
        setter(p, List.of("-y", "--year", "--date"), "YYYY[-MM-DD]", "Set the year/date", "TDRC");
        setter(p, List.of("-T", "--track"), "\"num/num\"", "Set the track number/(optional) total tracks", "TRCK");
        for (String[] row : FrameDocs.rows("v23")) {
            if (!row[2].equals("-")) {
                p.add(List.of("--" + row[1]), true, "value", null, (o, v) -> edits.add(new String[] {o, v}));
            }
        }
        return p;
    }

    private void actionOption(OptParser p, List<String> names, String value, String help) {
        p.add(names, false, null, help, (o, v) -> action = value);
    }

    private void setter(OptParser p, List<String> names, String metavar, String help, String frameId) {
        p.add(names, true, metavar, help, (o, v) -> edits.add(new String[] {"--" + frameId, v}));
    }

    private void listFrames(String table) throws OptParser.Exit {
        for (String[] row : FrameDocs.rows(table)) {
            out.print("    --" + row[1] + "    " + row[3] + "\n");
        }
        throw new OptParser.Exit(0);
    }

    private void listGenres() throws OptParser.Exit {
        for (int i = 0; i < TCON.GENRES.size(); i++) {
            out.print(String.format("%3d: %s%n", i, TCON.GENRES.get(i)).replace(System.lineSeparator(), "\n"));
        }
        throw new OptParser.Exit(0);
    }

    private void deleteTags(List<String> files, boolean v1, boolean v2) throws Exception {
        for (String name : files) {
            SignalHandler.block(() -> {
                if (verbose) {
                    err.print("deleting ID3 tag info in " + name + "\n");
                }
                try {
                    ID3.deleteTags(Tools.path(name), v1, v2);
                } catch (MutagenError e) {
                    throw Tools.uncaught(e);
                }
            });
        }
    }

    private void deleteFrames(List<String> files) throws Exception {
        String ascii = Tools.asciiError(deletes);
        if (ascii != null) {
            err.print(ascii + "\n");
        }
        List<String> frames = ToolUtil.split(deletes, ',', -1);
        for (String name : files) {
            SignalHandler.block(() -> {
                if (verbose) {
                    err.print("deleting " + deletes + " from " + name + "\n");
                }
                ID3 id3;
                try {
                    id3 = new ID3(Tools.path(name));
                } catch (ID3NoHeaderError e) {
                    if (verbose) {
                        err.print("No ID3 header found; skipping.\n");
                    }
                    return;
                } catch (MutagenError e) {
                    err.print(e.pythonStr() + "\n");
                    throw new OptParser.Exit(1);
                }
                for (String frame : frames) {
                    id3.delall(frame);
                }
                try {
                    id3.save();
                } catch (MutagenError e) {
                    throw Tools.uncaught(e);
                }
            });
        }
    }

    private void listTags(List<String> files, boolean raw) throws Exception {
        for (String name : files) {
            out.print((raw ? "Raw IDv2 tag info for " : "IDv2 tag info for ") + name + "\n");
            ID3 id3;
            try {
                id3 = new ID3(Tools.path(name), ID3LoadOptions.defaults().withTranslate(false));
            } catch (ID3NoHeaderError e) {
                out.print("No ID3 header found; skipping.\n");
                continue;
            } catch (MutagenError e) {
                out.flush();
                err.print(e.pythonStr() + "\n");
                throw new OptParser.Exit(1);
            }
            if (raw) {
                for (mutagen.id3.Frame frame : id3.values()) {
                    out.print(FrameRepr.repr(frame) + "\n");
                }
            } else {
                out.print(id3.pprint() + "\n");
            }
        }
    }

    /** The frame tables of {@code -f} and {@code --list-frames-v2.2}: table, ID, option kind, first doc line. */
    static final class FrameDocs {
        private static final Map<String, List<String[]>> TABLES = load();

        private FrameDocs() {
        }

        static List<String[]> rows(String table) {
            return TABLES.get(table);
        }

        private static Map<String, List<String[]>> load() {
            Map<String, List<String[]>> tables = new LinkedHashMap<>();
            for (String line : ToolUtil.resource("frame-docs.txt").split("\n")) {
                String[] f = line.split("\t", 4);
                if (f.length == 4) {
                    tables.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
                }
            }
            return tables;
        }
    }
}
