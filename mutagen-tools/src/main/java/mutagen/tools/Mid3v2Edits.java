// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.MutagenError;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.Frames;
import mutagen.id3.ID3;
import mutagen.id3.ID3NoHeaderError;
import mutagen.util.PyErrors;
import mutagen.util.PyRepr;

/** mid3v2's {@code write_files}: turns the collected {@code --FRAME value} pairs into frames and saves each file. */
final class Mid3v2Edits {
    private final PrintStream err;
    private final boolean verbose;
    private final boolean escape;

    Mid3v2Edits(PrintStream err, boolean verbose, boolean escape) {
        this.err = err;
        this.verbose = verbose;
        this.escape = escape;
    }

    /** Applies the edits (option string, value) to every file; with no edits it just converts to ID3v2.4. */
    void write(List<String[]> edits, List<String> files) throws Exception {
        Map<String, List<String>> byFrame = new LinkedHashMap<>();
        for (String[] edit : edits) {
            if (edit[1].isEmpty()) {
                continue;
            }
            String frame = edit[0].substring(2);
            String value = decodeValue(frame, edit[1]);
            byFrame.computeIfAbsent(frame, k -> new ArrayList<>()).add(value);
        }
        for (String name : files) {
            SignalHandler.block(() -> writeFile(name, byFrame));
        }
    }

    private void writeFile(String name, Map<String, List<String>> edits) throws Exception {
        if (verbose) {
            err.print("Writing " + name + "\n");
        }
        ID3 id3;
        try {
            id3 = new ID3(Tools.path(name));
        } catch (ID3NoHeaderError e) {
            if (verbose) {
                err.print("No ID3 header found; creating a new tag\n");
            }
            id3 = new ID3();
        } catch (MutagenError e) {
            err.print(e.pythonStr() + "\n");
            return;
        }
        for (Map.Entry<String, List<String>> e : edits.entrySet()) {
            for (Frame frame : frames(e.getKey(), e.getValue())) {
                id3.add(frame);
            }
        }
        try {
            id3.save(Tools.path(name));
        } catch (MutagenError e) {
            throw Tools.uncaught(e);
        }
    }

    /** The frames one frame ID's values make, as mid3v2 builds them. */
    private List<Frame> frames(String id, List<String> values) throws OptParser.Exit {
        List<Frame> out = new ArrayList<>();
        switch (id) {
            case "POPM" -> values.forEach(v -> out.add(popm(v)));
            case "APIC" -> {
                for (String v : values) {
                    out.add(apic(v));
                }
            }
            case "COMM", "USLT" -> values.forEach(v -> out.add(described(id, v)));
            case "UFID" -> {
                for (String v : values) {
                    out.add(ufid(v));
                }
            }
            case "TXXX", "WXXX" -> values.forEach(v -> out.add(userFrame(id, v)));
            default -> {
                Frame f = Frames.create(id);
                if (f instanceof mutagen.id3.UrlFrame) {
                    set(f, "url", values.get(values.size() - 1));
                } else {
                    set(f, "encoding", Encoding.UTF8);
                    set(f, "text", values);
                }
                out.add(f);
            }
        }
        return out;
    }

    private List<String> split(String value, int maxsplit) {
        return escape ? ToolUtil.splitEscape(value, ':', maxsplit) : ToolUtil.split(value, ':', maxsplit);
    }

    private Frame popm(String value) {
        List<String> v = split(value, -1);
        if (v.size() > 3) {
            throw new PyException("ValueError", "too many values to unpack (expected 3)");
        }
        Frame f = Frames.create("POPM");
        set(f, "email", v.get(0));
        set(f, "rating", v.size() > 1 ? intValue(v.get(1)) : 0L);
        set(f, "count", v.size() > 2 ? intValue(v.get(2)) : 0L);
        return f;
    }

    private Frame apic(String value) throws OptParser.Exit {
        List<String> v = split(value, -1);
        String fn = v.get(0);
        String desc = v.size() >= 2 ? v.get(1) : "cover";
        Object type = 3L;
        if (v.size() >= 3) {
            try {
                type = intValue(v.get(2));
            } catch (PyException e) {
                throw error("Invalid picture type: " + PyRepr.str(v.get(1)));
            }
        }
        String mime;
        if (v.size() >= 4) {
            mime = v.get(3);
        } else {
            String guess = MimeTypes.guess(fn);
            mime = guess != null ? guess : "image/jpeg";
        }
        if (v.size() >= 5) {
            throw error("APIC: Invalid format");
        }
        byte[] data;
        try {
            data = Files.readAllBytes(Tools.path(fn));
        } catch (MutagenError e) {
            throw error(e.pythonStr());
        } catch (IOException e) {
            throw error(PyErrors.wrap(e, fn).pythonStr());
        }
        Frame f = Frames.create("APIC");
        set(f, "encoding", desc.isEmpty() ? Encoding.LATIN1 : Encoding.UTF16);
        set(f, "mime", mime);
        set(f, "desc", desc);
        set(f, "type", type);
        set(f, "data", data);
        return f;
    }

    private Frame described(String id, String value) {
        List<String> v = split(value, -1);
        String text;
        String desc = "";
        String lang = "eng";
        if (v.size() == 1) {
            text = v.get(0);
        } else if (v.size() == 2) {
            desc = v.get(0);
            text = v.get(1);
        } else {
            text = String.join(":", v.subList(1, v.size() - 1));
            desc = v.get(0);
            lang = v.get(v.size() - 1);
        }
        Frame f = Frames.create(id);
        set(f, "encoding", Encoding.UTF8);
        set(f, "lang", lang);
        set(f, "desc", desc);
        set(f, "text", text);
        return f;
    }

    private Frame ufid(String value) throws OptParser.Exit {
        List<String> v = split(value, -1);
        if (v.size() != 2) {
            List<String> reprs = new ArrayList<>();
            v.forEach(s -> reprs.add(PyRepr.str(s)));
            throw error("Invalid value: [" + String.join(", ", reprs) + "]");
        }
        Frame f = Frames.create("UFID");
        set(f, "owner", v.get(0));
        set(f, "data", v.get(1).getBytes(StandardCharsets.UTF_8));
        return f;
    }

    private Frame userFrame(String id, String value) {
        List<String> v = split(value, 1);
        Frame f = Frames.create(id);
        set(f, "encoding", Encoding.UTF8);
        set(f, "desc", v.size() == 1 ? "" : v.get(0));
        set(f, id.equals("WXXX") ? "url" : "text", v.size() == 1 ? v.get(0) : v.get(1));
        return f;
    }

    /** Sets a field; a value the frame refuses ends the tool as Python's uncaught ValueError does. */
    private static void set(Frame f, String field, Object value) {
        try {
            f.set(field, value);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new PyException(m != null && m.contains("codec can't encode") ? "UnicodeEncodeError" : "ValueError", m);
        }
    }

    private static Object intValue(String s) {
        try {
            BigInteger v = ToolUtil.pyInt(s);
            return v.bitLength() < 64 ? (Object) v.longValue() : v;
        } catch (NumberFormatException e) {
            throw new PyException("ValueError", e.getMessage());
        }
    }

    /** mid3v2's {@code error()}: the message on stderr, exit code 1. */
    private OptParser.Exit error(String message) {
        err.print(message + "\n");
        return new OptParser.Exit(1);
    }

    /** {@code value_from_fsnative}: the value, with backslash escapes decoded when {@code -e} was given. */
    private String decodeValue(String frame, String arg) throws OptParser.Exit {
        if (!escape) {
            return arg;
        }
        byte[] bytes;
        try {
            bytes = ToolUtil.escapeDecode(arg.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw error(frame + ": " + e.getMessage());
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            out.flip();
            int position = out.toString().codePointCount(0, out.length());
            throw error(frame + ": 'utf-8' codec can't encode character '\\udc"
                    + String.format("%02x", bytes[in.position()] & 0xff) + "' in position " + position
                    + ": surrogates not allowed");
        }
        out.flip();
        return out.toString();
    }
}
