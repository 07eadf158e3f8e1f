// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.ogg.OggPage;
import mutagen.util.FileSource;

/**
 * {@code moggsplit}: writes each logical stream of chained or multiplexed Ogg files to its own file, as mutagen
 * 1.48.1's tool does (names from a Python {@code %}-pattern, an optional M3U playlist with CRLF lines).
 *
 * <p>Mirrors {@code mutagen._tools.moggsplit}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class Moggsplit {
    private final PrintStream out;
    private final PrintStream err;
    private String extension = "ogg";
    private String pattern = "%(base)s-%(stream)d.%(ext)s";
    private boolean m3u;

    private Moggsplit(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the tool with the process's streams and exits with its code.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        Tools.main(args, Moggsplit::run);
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
        return Tools.run(() -> new Moggsplit(out, err).main(args), out, err);
    }

    private void main(List<String> argv) throws Exception {
        OptParser parser = new OptParser("moggsplit", "%prog [options] filename.ogg ...",
                "Split Ogg logical streams using Mutagen.", "Mutagen 1.48.1", out, err);
        parser.add(List.of("--extension"), true, "ext", "use this extension (default 'ogg')", (o, v) -> extension = v);
        parser.add(List.of("--pattern"), true, "pattern", "name files using this pattern", (o, v) -> pattern = v);
        parser.add(List.of("--m3u"), false, null, "generate an m3u (playlist) file", (o, v) -> m3u = true);
        List<String> args = parser.parse(argv);
        if (args.isEmpty()) {
            parser.printHelp();
            throw new OptParser.Exit(1);
        }
        for (String name : args) {
            SignalHandler.block(() -> split(name));
        }
    }

    private void split(String name) throws IOException {
        Map<String, Object> format = new LinkedHashMap<>();
        format.put("ext", extension);
        String basename = name.substring(name.lastIndexOf('/') + 1);
        format.put("base", MimeTypes.splitext(basename)[0]);
        Map<Long, OutputStream> streams = new LinkedHashMap<>();
        OutputStream playlist = null;
        try (FileSource source = open(name)) {
            if (m3u) {
                playlist = create(format.get("base") + ".m3u");
            }
            long offset = 0;
            while (true) {
                OggPage page;
                try {
                    page = OggPage.read(source, offset);
                } catch (EOFException e) {
                    break;
                } catch (MutagenError e) {
                    throw new PyException("mutagen.ogg.error", e.pythonStr());
                }
                offset = page.end();
                format.put("stream", page.serial());
                OutputStream target = streams.get(page.serial());
                if (target == null) {
                    String newName = PyFormat.format(pattern, format);
                    target = create(newName);
                    streams.put(page.serial(), target);
                    if (playlist != null) {
                        playlist.write((newName + "\r\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
                target.write(page.write());
            }
        } finally {
            for (OutputStream s : streams.values()) {
                s.close();
            }
            if (playlist != null) {
                playlist.close();
            }
        }
    }

    private static FileSource open(String name) {
        try {
            return FileSource.open(Tools.path(name));
        } catch (MutagenError e) {
            throw osError(e.pythonStr());
        }
    }

    private static OutputStream create(String name) {
        try {
            return new BufferedOutputStream(Files.newOutputStream(Tools.path(name)));
        } catch (IOException e) {
            throw osError(Tools.str(e instanceof MutagenError ? e : mutagen.util.PyErrors.wrap(e, name)));
        }
    }

    /** Python's uncaught {@code OSError} subclass for an {@code [Errno N] ...} text. */
    private static PyException osError(String text) {
        String type = "OSError";
        if (text.startsWith("[Errno 2]")) {
            type = "FileNotFoundError";
        } else if (text.startsWith("[Errno 13]")) {
            type = "PermissionError";
        } else if (text.startsWith("[Errno 21]")) {
            type = "IsADirectoryError";
        } else if (text.startsWith("[Errno 20]")) {
            type = "NotADirectoryError";
        }
        return new PyException(type, text);
    }
}
