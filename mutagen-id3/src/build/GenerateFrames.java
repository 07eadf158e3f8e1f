// SPDX-License-Identifier: GPL-2.0-or-later

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Build step of mutagen-id3 (run by exec-maven-plugin in generate-sources, as a single-file program, never shipped):
 * reads the frame table {@code src/main/frames/frames.tsv} and writes into the output folder one class per frame
 * ID whose body is fully described by its row (ID, parent class, constructor shape, doc line), plus
 * {@code FrameIds}, the two lists of frame IDs (mutagen's {@code Frames} and {@code Frames_2_2}) that
 * {@code Frames} registers, {@code Spec}'s field kinds, {@code FrameFields} and the error classes. Rows with the shape
 * {@code hand} name the frames written by hand in src/main/java.
 *
 * <p>Output is a pure function of the table (same bytes every run); a file is rewritten only when its text
 * changes, and Java files in the folder that the table no longer names are removed.
 *
 * <p>Usage: {@code java GenerateFrames.java TABLE OUTPUT_DIR}
 */
public final class GenerateFrames {
    private static final String PACKAGE = "mutagen.id3";

    private GenerateFrames() {
    }

    /** One row of the table; {@code items} are the frame's lines of the fields part (shape {@code fields}). */
    record Row(String id, String parent, String shape, String doc, List<String[]> items) {
    }

    /** The shared fields' rows (name, getter type, setter type, what, doc), in table order: {@code FrameFields}. */
    private static final List<String[]> SHARED = new ArrayList<>();

    /** The field kinds' rows (name, final|open, extends, parameters, class doc, constructor doc): {@code Spec}. */
    private static final List<String[]> SPECS = new ArrayList<>();

    /** The error classes' rows (name, what it extends and implements, doc). */
    private static final List<String[]> ERRORS = new ArrayList<>();

    /** What each constructor parameter of a field kind is, for its Javadoc. */
    private static final Map<String, String> PARAMS = Map.of("name", "the field's name (mutagen's attribute name)",
            "defaultValue", "the default value", "size", "the size in bytes", "length", "the length in characters",
            "sep", "the separator a string value is split on (null: none)", "specs", "the sub-fields of one item",
            "stereoOnly", "whether at most 4 values are allowed (RVA)");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateFrames TABLE OUTPUT_DIR");
        }
        List<Row> rows = read(Path.of(args[0]));
        Path out = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(out);
        Map<String, String> classes = new LinkedHashMap<>(); // class name -> text
        for (Row r : rows) {
            if (!r.shape().equals("hand")) {
                classes.put(r.id(), frameClass(r));
            }
        }
        classes.put("FrameIds", frameIds(rows.stream().filter(r -> !r.shape().equals("family")).toList()));
        classes.put("FrameFields", frameFields());
        classes.put("Spec", spec());
        ERRORS.forEach(e -> classes.put(e[0], errorClass(e)));
        for (Map.Entry<String, String> c : classes.entrySet()) {
            write(out.resolve(c.getKey() + ".java"), c.getValue());
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".java") && !classes.containsKey(name.substring(0, name.length() - 5))) {
                    Files.delete(p);
                }
            }
        }
    }

    private static List<Row> read(Path table) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("shared") && f.length == 6) {
                SHARED.add(Arrays.copyOfRange(f, 1, 6));
                continue;
            }
            if (f[0].equals("spec") && f.length == 7) {
                SPECS.add(Arrays.copyOfRange(f, 1, 7));
                continue;
            }
            if (f[0].equals("error") && f.length == 4) {
                ERRORS.add(Arrays.copyOfRange(f, 1, 4));
                continue;
            }
            Row row = rows.get(f[0]);
            boolean named = f.length == 4 && (f[0].matches("[A-Z0-9]{3,4}") || f[2].equals("family"));
            if (named && row == null && !f[1].matches("[a-z+?].*")) {
                rows.put(f[0], new Row(f[0], f[1], f[2], f[3], new ArrayList<>()));
            } else if (row != null && row.shape().matches("fields|family") && f.length >= 3 && f[1].matches("[a-z+?].*")) {
                row.items().add(Arrays.copyOfRange(f, 1, f.length));
            } else {
                throw new IllegalArgumentException(table + ":" + n + ": expected ID, parent, shape, doc (or a "
                        + "field item of a fields row above): " + line);
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static void write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
    }

    /** The constructors of the shapes other than fields and family, beside the default one, as "super" items. */
    private static final Map<String, List<String>> SHAPES = Map.of("none", List.of(),
            "text", List.of("Encoding encoding, String... text", "Encoding encoding, List<String> text"),
            "text-comma", List.of("Encoding encoding, String... text", "Encoding encoding, List<String> text"),
            "url", List.of("String url"), "people", List.of("Encoding encoding, List<? extends List<String>> people"),
            "data", List.of("byte[] data"));

    private static String frameClass(Row r) {
        String n = r.id();
        if (!r.shape().matches("fields|family")) {
            if (!SHAPES.containsKey(r.shape())) {
                throw new IllegalArgumentException(n + ": unknown shape " + r.shape());
            }
            SHAPES.get(r.shape()).forEach(params -> r.items().add(new String[] {"super", params}));
        }
        String c = fieldsClass(r, header());
        // A family: abstract, its constructors for its subclasses only.
        return !r.shape().equals("family") ? c : c.replace("public class " + n, "public abstract class " + n)
                .replace("    public " + n + "(", "    protected " + n + "(");
    }

    /**
     * A frame class from its items (the table's header says what each holds): {@code +name} / {@code ?name} a
     * required / optional field, the rules {@code hash}, {@code pprint}, {@code line}, {@code str}, {@code pos},
     * {@code merge}, {@code upgrade}, constructors ({@code new}, {@code super}), {@code state} and {@code record}.
     */
    private static String fieldsClass(Row r, StringBuilder b) {
        String n = r.id();
        List<String> specs = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        Set<Integer> ifaces = new TreeSet<>();
        StringBuilder members = new StringBuilder();
        for (String[] item : r.items()) {
            String key = item[0];
            String value = item[1];
            if (key.startsWith("+") || key.startsWith("?")) {
                String field = key.substring(1);
                if (!value.matches("\\w+\\(\"" + field + "\".*")) {
                    throw new IllegalArgumentException(n + ": spec " + value + " is not named " + field);
                }
                (key.startsWith("+") ? specs : optional).add("new Spec." + value);
                // TextFrame has its own encoding accessors; a frame class as parent (PIC's APIC) has them all.
                boolean inherited = field.equals("encoding") && r.parent().equals("TextFrame")
                        || r.parent().matches("[A-Z0-9]{3,4}");
                int shared = sharedIndex(field);
                boolean own = item.length > 2 && !item[2].equals("-"); // accessors of its own: no interface
                if (shared >= 0 && !inherited && !own) {
                    ifaces.add(shared);
                }
                if (own) {
                    String doc = item.length > 3 ? item[3] : null;
                    accessors(members, field, item[2].split(" ", 3), key.startsWith("?"), doc);
                }
            } else {
                rule(members, n, item);
            }
        }
        if (!specs.isEmpty() || members.indexOf("List<") >= 0) {
            b.append("import java.util.List;\n\n");
        }
        b.append("/**\n * ").append(r.doc()).append("\n *\n * <p>Mirrors {@code mutagen.id3.").append(n)
                .append("}.\n *\n * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).\n */\n");
        b.append("public class ").append(n).append(" extends ").append(r.parent());
        if (!ifaces.isEmpty()) {
            String sep = " implements ";
            for (int i : ifaces) {
                b.append(sep).append("FrameFields.With").append(capital(SHARED.get(i)[0]));
                sep = ", ";
            }
        }
        b.append(" {\n");
        specList(b, "SPECS", specs);
        specList(b, "OPTIONAL", optional);
        ctor(b, "A frame with default fields.", n, "", "");
        if (!specs.isEmpty()) {
            b.append("\n    @Override\n    protected List<Spec> framespec() {\n        return SPECS;\n    }\n");
        }
        if (!optional.isEmpty()) {
            b.append("\n    @Override\n    protected List<Spec> optionalspec() {\n        return OPTIONAL;\n    }\n");
        }
        return b.append(members).append("}\n").toString();
    }

    private static int sharedIndex(String field) {
        for (int i = 0; i < SHARED.size(); i++) {
            if (SHARED.get(i)[0].equals(field)) {
                return i;
            }
        }
        return -1;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A generated file's first lines, up to its package declaration. */
    private static StringBuilder header() {
        return new StringBuilder("// SPDX-License-Identifier: GPL-2.0-or-later\n"
                + "// Generated by mutagen-id3/src/build/GenerateFrames.java from src/main/frames/frames.tsv: do not edit.\n"
                + "package " + PACKAGE + ";\n\n");
    }

    /** {@code FrameFields}: an interface per shared field, with its typed accessors as default methods. */
    private static String frameFields() {
        StringBuilder b = header();
        b.append("""
                /**
                 * The typed accessors of the fields that several frame classes share, written once: a frame class with a
                 * field of one of these names implements the interface of that name ({@code APIC implements WithEncoding,
                 * WithDesc, ...}).
                 *
                 * <p>Each accessor reads or assigns the field through {@link Frame#get(String)} and
                 * {@link Frame#set(String, Object)}, with mutagen's validation.
                 *
                 * <p>Thread-safe: static methods and constants only, no shared mutable state.
                 */
                public final class FrameFields {
                    private FrameFields() {
                    }

                    /** Field access by name, as {@link Frame} provides it. */
                    public interface Named {
                        /**
                         * The value of a field (see {@link Frame#get(String)}).
                         *
                         * @param name the field's name
                         * @return the value, or {@code null} for an optional field that is not set
                         */
                        Object get(String name);

                        /**
                         * Assigns a field after validating it (see {@link Frame#set(String, Object)}).
                         *
                         * @param name the field's name
                         * @param value the new value
                         * @return the frame
                         */
                        Frame set(String name, Object value);
                    }
                """);
        for (String[] f : SHARED) {
            String what = f[3];
            b.append("\n    /** ").append(f[4]).append(" */\n    public interface With").append(capital(f[0]))
                    .append(" extends Named {\n        /**\n         * ").append(capital(what)).append(".\n         *\n")
                    .append("         * @return ").append(what).append("\n         */\n        default ").append(f[1])
                    .append(' ').append(f[0]).append("() {\n            return (").append(f[1]).append(") get(\"")
                    .append(f[0]).append("\");\n        }\n\n        /**\n         * Sets ").append(what)
                    .append(".\n         *\n         * @param ").append(f[0]).append(' ').append(what)
                    .append("\n         */\n        default void set").append(capital(f[0])).append('(').append(f[2])
                    .append(' ').append(f[0]).append(") {\n            set(\"").append(f[0]).append("\", ")
                    .append(f[0]).append(");\n        }\n    }\n");
        }
        return b.append("}\n").toString();
    }

    /** {@code Spec}: the public field kinds, each a constructor over the class with its behaviour. */
    private static String spec() {
        StringBuilder b = header();
        b.append("""
                /**
                 * One field of a frame: its name, its default value and how it is read, written and validated.
                 *
                 * <p>Mirrors mutagen's {@code mutagen.id3._specs.Spec}. Every frame class declares its fields as a list of
                 * specs (mutagen's {@code _framespec} and {@code _optionalspec}); {@link Frame} reads and writes every frame
                 * by walking that list. The nested classes are the field kinds of mutagen; the behaviour of each is in the
                 * package-private class it extends.
                 *
                 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
                 */
                public abstract class Spec extends SpecBase {
                    Spec(String name, Object defaultValue) {
                        super(name, defaultValue);
                    }
                """);
        for (String[] k : SPECS) {
            StringBuilder doc = new StringBuilder(k[5]).append('\n');
            StringBuilder args = new StringBuilder();
            for (String p : k[3].split(", ")) {
                String name = p.substring(p.lastIndexOf(' ') + 1);
                doc.append("\n@param ").append(name).append(' ').append(PARAMS.get(name));
                args.append(args.length() == 0 ? "" : ", ").append(name);
            }
            b.append("\n    /** ").append(k[4]).append(" */\n    public static ").append(k[1].equals("final") ? "final " : "")
                    .append("class ").append(k[0]).append(" extends ").append(k[2]).append(" {\n");
            StringBuilder inner = new StringBuilder();
            ctor(inner, doc.toString(), k[0], k[3], args.toString());
            b.append(inner.toString().replace("\n    ", "\n        ").replaceFirst("^    ", "        ")).append("    }\n");
        }
        return b.append("}\n").toString();
    }

    /** An error class: serialisable, with the constructors (message) and (message, cause). */
    private static String errorClass(String[] e) {
        StringBuilder b = header().append("/**\n * ").append(e[2])
                .append(" Safe to share across threads once thrown.\n */\npublic class ").append(e[0])
                .append(" extends ").append(e[1]).append(" {\n    private static final long serialVersionUID = 1L;\n");
        String message = "@param message mutagen's message (the text Python's error has)";
        ctor(b, "Creates the error with a message.\n\n" + message, e[0], "String message", "message");
        ctor(b, "Creates the error with a message and a cause.\n\n" + message + "\n@param cause the error that caused "
                + "this one", e[0], "String message, Throwable cause", "message, cause");
        return b.append("}\n").toString();
    }

    private static void specList(StringBuilder b, String name, List<String> specs) {
        if (!specs.isEmpty()) {
            b.append("    static final List<Spec> ").append(name).append(" = List.of(\n            ")
                    .append(String.join(",\n            ", specs)).append(");\n");
        }
    }

    /**
     * A getter and setter of a field; {@code acc} is getter name, its type (a primitive unboxes), the setter's
     * parameter type ("-": no setter); {@code doc} what the field holds ("the description"), null for its name.
     */
    private static void accessors(StringBuilder b, String field, String[] acc, boolean optional, String doc) {
        String holds = doc != null ? doc : "the " + field + " field";
        String what = holds + (optional ? " (null when not set)" : "");
        javadoc(b, capital(what) + ".\n\n@return " + what);
        if (acc[1].contains("<")) {
            b.append("    @SuppressWarnings(\"unchecked\")\n");
        }
        b.append("    public ").append(acc[1]).append(' ').append(acc[0]).append("() {\n        return (")
                .append(acc[1]).append(") get(\"").append(field).append("\");\n    }\n");
        if (!acc[2].equals("-")) {
            javadoc(b, "Sets " + holds.replace(" (live)", "") + ".\n\n@param value the value");
            b.append("    public void set").append(capital(acc[0])).append('(').append(acc[2])
                    .append(" value) {\n        set(\"").append(field).append("\", value);\n    }\n");
        }
    }

    /**
     * A rule of the frame: its hash key, pprint value or line, Python str or +frame, the merge of a second frame with
     * its key, a constructor, a nested record or a plain field of its own; a third column is the rule's Javadoc.
     */
    private static void rule(StringBuilder b, String n, String[] item) {
        String key = item[0];
        String value = item[1];
        if (key.matches("hash|pprint|line|str|merge")) {
            b.append(item.length > 2 ? "" : "\n");
            if (item.length > 2) {
                javadoc(b, item[2]);
            }
        }
        switch (key) {
            case "hash" -> b.append("    @Override\n    public String hashKey() {\n        return frameId() + ")
                    .append(value).append(";\n    }\n");
            case "pprint" -> b.append("    @Override\n    protected String pprintValue() {\n        return ")
                    .append(value).append(";\n    }\n");
            case "line" -> b.append("    @Override\n    public String pprint() {\n        return ")
                    .append(value).append(";\n    }\n");
            case "str" -> b.append("    @Override\n    public String str() {\n        return ").append(value)
                    .append(";\n    }\n");
            case "merge" -> b.append("    @Override\n    Frame mergeFrame(Frame other) {\n        return ")
                    .append(value).append(";\n    }\n");
            case "state" -> {
                // A plain Java field of the frame, not a frame field: package-private for the table's rules.
                String[] decl = value.split(" ", 3);
                b.append("\n    ").append(value).append(";\n");
                javadoc(b, capital(item[2]) + ".\n\n@return " + item[2]);
                b.append("    public ").append(decl[0]).append(' ').append(decl[1]).append("() {\n        return ")
                        .append(decl[1]).append(";\n    }\n");
                javadoc(b, "Sets " + item[2] + ".\n\n@param value the value");
                b.append("    public void set").append(capital(decl[1])).append('(').append(decl[0])
                        .append(" value) {\n        ").append(decl[1]).append(" = value;\n    }\n");
            }
            case "record" -> record(b, value, item[2], item[3]);
            case "upgrade" -> b.append("\n    @Override\n    Frame upgradeFrame() {\n        return ").append(value)
                    .append(";\n    }\n");
            case "pos" -> b.append("\n    /**\n     * Python's {@code +frame}.\n     *\n     * @return {@code ")
                    .append(value).append("}\n     */\n    public long pos() {\n        return ").append(value)
                    .append(";\n    }\n");
            case "super", "new" -> {
                StringBuilder doc = new StringBuilder("A frame with these fields" + (value.contains("String...")
                        ? " (a single text value is split on the frame's separator, as mutagen does)." : ".") + "\n");
                StringBuilder args = new StringBuilder();
                StringBuilder body = new StringBuilder();
                for (String p : value.split(", ")) {
                    String name = p.substring(p.lastIndexOf(' ') + 1);
                    doc.append("\n@param ").append(name).append(" the ").append(name);
                    args.append(args.length() == 0 ? "" : ", ").append(name);
                    String field = name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
                    body.append("        set(\"").append(field).append("\", ").append(p.endsWith("... " + name)
                            ? name + ".length == 1 ? (Object) " + name + "[0] : java.util.Arrays.asList(" + name + ")"
                            : name).append(");\n");
                }
                ctor(b, doc.toString(), n, value, key.equals("super") ? args.toString() : "");
                if (key.equals("new")) {
                    b.setLength(b.length() - "    }\n".length());
                    b.append(body).append("    }\n");
                }
            }
            default -> throw new IllegalArgumentException(n + ": unknown item " + key);
        }
    }

    /** A public constructor; {@code doc} lines are separated by '\n' (one line: a one-line comment). */
    private static void ctor(StringBuilder b, String doc, String name, String params, String args) {
        javadoc(b, doc);
        b.append("    public ").append(name).append("(").append(params).append(") {\n");
        if (!args.isEmpty()) {
            b.append("        super(").append(args).append(");\n");
        }
        b.append("    }\n");
    }

    /**
     * A Javadoc comment, after a blank line unless it opens the class; {@code doc} lines are separated by '\n' (one
     * line: a one-line comment).
     */
    private static void javadoc(StringBuilder b, String doc) {
        b.append(b.length() > 1 && b.charAt(b.length() - 2) == '{' ? "" : "\n");
        if (doc.indexOf('\n') < 0) {
            b.append("    /** ").append(doc).append(" */\n");
        } else {
            b.append("    /**\n");
            for (String line : doc.split("\n", -1)) {
                b.append(line.isEmpty() ? "     *\n" : "     * " + line + "\n");
            }
            b.append("     */\n");
        }
    }

    /**
     * A public record nested in the frame: {@code decl} is its header ({@code Line(String text, long time)}; with
     * {@code implements Comparable<...>} it gets a compareTo of its two components in order), {@code params} its
     * components' Javadoc ("text: the text; time: the time stamp").
     */
    private static void record(StringBuilder b, String decl, String doc, String params) {
        StringBuilder d = new StringBuilder(doc).append('\n');
        for (String p : params.split("; ")) {
            d.append("\n@param ").append(p.replaceFirst(": ", " "));
        }
        javadoc(b, d.toString());
        b.append("    public record ").append(decl).append(" {\n");
        if (decl.contains(" implements Comparable<")) {
            String name = decl.substring(0, decl.indexOf('('));
            String[] c = decl.substring(decl.indexOf('(') + 1, decl.indexOf(')')).split(" |, ");
            String box = capital(c[0]);
            b.append("        @Override\n        public int compareTo(").append(name).append(" o) {\n")
                    .append("            int c = ").append(box).append(".compare(").append(c[1]).append(", o.")
                    .append(c[1]).append(");\n            return c != 0 ? c : ").append(box).append(".compare(")
                    .append(c[3]).append(", o.").append(c[3]).append(");\n        }\n");
        }
        b.append("    }\n");
    }

    private static String frameIds(List<Row> rows) {
        StringBuilder b = header();
        b.append("/** The frame IDs of the table, in its order: each names its class in this package. */\n");
        b.append("final class FrameIds {\n    private FrameIds() {\n    }\n\n");
        for (int len : new int[] {4, 3}) {
            b.append("    /** mutagen's {@code ").append(len == 4 ? "Frames" : "Frames_2_2").append("}. */\n");
            b.append("    static final String[] ").append(len == 4 ? "V23" : "V22").append(" = {");
            String sep = "\n        ";
            for (Row r : rows) {
                if (r.id().length() == len) {
                    b.append(sep).append('"').append(r.id()).append('"');
                    sep = ",\n        ";
                }
            }
            b.append("\n    };\n");
        }
        // A direct constructor call per ID (a MethodHandle per frame cost ~10% of an MP3 read), chosen by a dense
        // index that each factory finds once (a switch on the ID string per frame was 5-7% of a read of many kinds
        // of frames). Object, not Frame, as the return type: the verifier then loads no frame class, so a process
        // still loads only the frame classes its files contain.
        b.append("\n    /** The index {@link #create} takes for {@code id} (a table ID). */\n");
        b.append("    static int index(String id) {\n        switch (id) {\n");
        for (int i = 0; i < rows.size(); i++) {
            b.append("            case \"").append(rows.get(i).id()).append("\": return ").append(i).append(";\n");
        }
        b.append("            default: throw new IllegalArgumentException(\"no frame class for \" + id);\n");
        b.append("        }\n    }\n");
        b.append("\n    /** A new frame of the class at {@code index} (from {@link #index}), as an {@code Object}. */\n");
        b.append("    static Object create(int index) {\n        switch (index) {\n");
        for (int i = 0; i < rows.size(); i++) {
            b.append("            case ").append(i).append(": return new ").append(rows.get(i).id()).append("();\n");
        }
        b.append("            default: throw new IllegalArgumentException(\"no frame class at \" + index);\n");
        b.append("        }\n    }\n");
        return b.append("}\n").toString();
    }
}
