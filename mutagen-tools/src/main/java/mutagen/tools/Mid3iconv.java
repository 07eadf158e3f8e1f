// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import mutagen.MutagenError;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.ID3;
import mutagen.id3.ID3NoHeaderError;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TimeStampTextFrame;

/**
 * {@code mid3iconv}: re-decodes text frames whose Latin-1 text was really written in another encoding, as mutagen
 * 1.48.1's tool does. Python's codec names are looked up among the JVM's charsets by {@link PyCodecs}.
 *
 * <p>Mirrors {@code mutagen._tools.mid3iconv}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class Mid3iconv {
    static final String VERSION = "mid3iconv 0.3\nUses Mutagen 1.48.1";

    private final PrintStream out;
    private final PrintStream err;
    private String encoding;
    private boolean noupdate;
    private boolean forceV1;
    private boolean removeV1;
    private String verbose;

    private Mid3iconv(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the tool with the process's streams and exits with its code.
     *
     * @param args the args
     */
    public static void main(String[] args) {
        Tools.main(args, Mid3iconv::run);
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
        return Tools.run(() -> new Mid3iconv(out, err).main(args), out, err);
    }

    private void main(List<String> argv) throws Exception {
        OptParser parser = new OptParser("mid3iconv", "%prog [OPTION] [FILE]...", "Mutagen-based replacement the"
                + " id3iconv utility, which converts ID3 tags from legacy encodings to Unicode and stores them using"
                + " the ID3v2 format.", VERSION, out, err);
        parser.epilog("\nFiles are updated in-place, so use --dry-run first.\n");
        parser.add(List.of("-e", "--encoding"), true, "ENCODING",
                "Specify original tag encoding (default is " + PyCodecs.preferred() + ")", (o, v) -> encoding = v);
        parser.add(List.of("-p", "--dry-run"), false, null, "Do not actually modify files", (o, v) -> noupdate = true);
        parser.add(List.of("--force-v1"), false, null, "Use an ID3v1 tag even if an ID3v2 tag is present",
                (o, v) -> forceV1 = true);
        parser.add(List.of("--remove-v1"), false, null, "Remove v1 tag after processing the files",
                (o, v) -> removeV1 = true);
        parser.add(List.of("-q", "--quiet"), false, null, "Only output errors", (o, v) -> verbose = "quiet");
        parser.add(List.of("-d", "--debug"), false, null, "Output updated tags", (o, v) -> verbose = "debug");
        List<String> rewritten = new ArrayList<>();
        for (String arg : argv) {
            rewritten.add(arg.equals("-v1") ? "--force-v1" : arg.equals("-removev1") ? "--remove-v1" : arg);
        }
        List<String> args = parser.parse(rewritten);
        if (args.isEmpty()) {
            parser.printHelp();
            return;
        }
        Charset charset = PyCodecs.lookup(encoding == null || encoding.isEmpty() ? PyCodecs.preferred() : encoding);
        for (String name : args) {
            SignalHandler.block(() -> update(name, charset));
        }
    }

    private void update(String name, Charset charset) throws Exception {
        if (!"quiet".equals(verbose)) {
            out.print("Updating " + name + "\n");
        }
        try {
            if (hasId3v1(name) && !noupdate && forceV1) {
                ID3.deleteTags(Tools.path(name), false, true);
            }
        } catch (MutagenError e) {
            throw Tools.uncaught(e);
        }
        ID3 id3;
        try {
            id3 = new ID3(Tools.path(name));
        } catch (ID3NoHeaderError e) {
            if (!"quiet".equals(verbose)) {
                out.print("No ID3 header found; skipping...\n");
            }
            return;
        } catch (IOException e) {
            out.flush();
            err.print(Tools.str(e) + "\n");
            return;
        }
        for (String key : id3.keys()) {
            if (key.startsWith("T") || key.startsWith("COMM")) {
                convert(id3.get(key), charset);
            }
        }
        if ("debug".equals(verbose)) {
            out.print(id3.pprint() + "\n");
        }
        if (!noupdate) {
            try {
                id3.save(Tools.path(name), removeV1 ? ID3SaveOptions.defaults().withV1(0) : ID3SaveOptions.defaults());
            } catch (MutagenError e) {
                throw Tools.uncaught(e);
            }
        }
    }

    private static void convert(Frame frame, Charset charset) {
        if (frame instanceof TimeStampTextFrame || !frame.fieldNames().contains("text") || charset == null) {
            return;
        }
        List<String> text = new ArrayList<>();
        for (Object value : (List<?>) frame.get("text")) {
            String converted = reDecode(String.valueOf(value), charset);
            if (converted == null) {
                return;
            }
            text.add(converted);
        }
        frame.set("text", text);
        boolean ascii = true;
        for (String s : text) {
            ascii &= !s.isEmpty() && s.chars().allMatch(c -> c < 0x80);
        }
        frame.set("encoding", ascii ? Encoding.UTF8 : Encoding.UTF16);
    }

    /** {@code text.encode('iso-8859-1').decode(encoding)}, or {@code null} where Python raises UnicodeError. */
    static String reDecode(String text, Charset charset) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Whether the file ends with an ID3v1 tag ({@code TAG} 128 bytes from the end); false when unreadable. */
    private static boolean hasId3v1(String name) {
        try (var ch = Files.newByteChannel(Tools.path(name))) {
            long size = ch.size();
            if (size < 128) {
                return false;
            }
            ByteBuffer b = ByteBuffer.allocate(3);
            ch.position(size - 128);
            while (b.hasRemaining() && ch.read(b) > 0) {
                continue;
            }
            return new String(b.array(), StandardCharsets.ISO_8859_1).equals("TAG");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
