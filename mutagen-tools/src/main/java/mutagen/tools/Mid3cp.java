// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.id3.Frame;
import mutagen.id3.ID3;
import mutagen.id3.ID3LoadOptions;
import mutagen.id3.ID3NoHeaderError;
import mutagen.id3.ID3SaveOptions;

/**
 * {@code mid3cp}: copies the ID3 tag of one file to another, as mutagen 1.48.1's tool (id3lib's {@code id3cp}).
 *
 * <p>Mirrors {@code mutagen._tools.mid3cp}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class Mid3cp {
    static final String VERSION = "mid3cp 0.1\nUses Mutagen 1.48.1";

    private final PrintStream err;
    private boolean verbose;
    private boolean writeV1;
    private boolean merge;
    private final List<String> excluded = new ArrayList<>();

    private Mid3cp(PrintStream err) {
        this.err = err;
    }

    /**
     * Runs the tool with the process's streams and exits with its code.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        Tools.main(args, Mid3cp::run);
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
        int[] code = {0};
        int status = Tools.run(() -> code[0] = new Mid3cp(err).main(args, out), out, err);
        return status != 0 ? status : code[0];
    }

    private int main(List<String> argv, PrintStream out) throws Exception {
        OptParser parser = new OptParser("mid3cp", "%prog [option(s)] <src> <dst>",
                "Copies ID3 tags from <src> to <dst>. Mutagen-based replacement for id3lib's id3cp.", VERSION, out,
                err);
        parser.add(List.of("-v", "--verbose"), false, null, "print out saved tags", (o, v) -> verbose = true);
        parser.add(List.of("--write-v1"), false, null, "write id3v1 tags", (o, v) -> writeV1 = true);
        parser.add(List.of("-x", "--exclude-tag"), true, "TAG", "exclude the specified tag",
                (o, v) -> excluded.add(v.strip()));
        parser.add(List.of("--merge"), false, null, "Copy over frames instead of the whole ID3 tag",
                (o, v) -> merge = true);
        List<String> args = parser.parse(argv);
        if (args.size() != 2) {
            err.print(parser.formatHelp());
            return 1;
        }
        for (String name : args) {
            if (name.isEmpty() || !Files.isRegularFile(Tools.path(name))) {
                err.print("File not found: " + name + "\n");
                err.print(parser.formatHelp());
                return 1;
            }
        }
        int[] code = {0};
        SignalHandler.block(() -> code[0] = copy(args.get(0), args.get(1)));
        return code[0];
    }

    private int copy(String src, String dst) throws MutagenError {
        ID3LoadOptions raw = ID3LoadOptions.defaults().withTranslate(false);
        ID3 id3;
        try {
            id3 = new ID3(Tools.path(src), raw);
        } catch (ID3NoHeaderError e) {
            err.print("No ID3 header found in  " + src + "\n");
            return 1;
        } catch (IOException e) {
            err.print(Tools.str(e) + "\n");
            return 1;
        }
        if (verbose) {
            err.print("File " + src + " contains:\n" + id3.pprint() + "\n");
        }
        for (String tag : excluded) {
            id3.delall(tag);
        }
        if (merge) {
            try {
                ID3 target = new ID3(Tools.path(dst), raw);
                for (Frame frame : id3.values()) {
                    target.add(frame);
                }
                id3 = target;
            } catch (ID3NoHeaderError e) {
                // nothing to merge with
            } catch (IOException e) {
                err.print(Tools.str(e) + "\n");
                return 1;
            }
        }
        int v2 = 4;
        if (id3.version().get(1) < 4) {
            id3.updateToV23();
            v2 = 3;
        } else {
            id3.updateToV24();
        }
        try {
            id3.save(Tools.path(dst), ID3SaveOptions.defaults().withV1(writeV1 ? 2 : 0).withV2Version(v2));
        } catch (IOException e) {
            err.print("Error saving " + dst + " :\n" + Tools.str(e) + "\n");
            return 1;
        }
        if (verbose) {
            err.print("Successfully saved " + dst + "\n");
        }
        return 0;
    }
}
