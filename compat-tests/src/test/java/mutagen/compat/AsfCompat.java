// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static mutagen.compat.EditOp.delete;
import static mutagen.compat.EditOp.op;
import static mutagen.compat.EditOp.save;
import static mutagen.compat.EditOp.set;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import mutagen.FileType;
import mutagen.SaveOptions;
import mutagen.asf.ASF;
import mutagen.asf.ASFBaseAttribute;
import mutagen.asf.ASFValue;
import mutagen.testkit.TestFiles;

/**
 * ASF's part of the compatibility tests: the attribute normaliser ({@code {"asf": class, "value", "language",
 * "stream"}} as oracle.py's {@code norm}), the editor (values {@code {"asf": type, "value", "language", "stream"}}
 * are {@code ASFValue(value, type, language=..., stream=...)}; {@code save} takes {@code padding}), the write matrix
 * (every attribute type, attributes that must move to the metadata library object, unicode, large values, delete)
 * and the decoder check: every WMA file we save must decode with ffmpeg, without a message, to the same audio as its
 * source ({@code ffmpeg -v error -i FILE -f md5 -}).
 */
final class AsfCompat {
    private AsfCompat() {
    }

    /** The sources of the matrix: corpus files, and {@code asf/NAME} fixtures of test-files. */
    static final List<String> SOURCES = List.of("silence-1.wma", "silence-2.wma", "silence-3.wma", "issue_29.wma",
            "asf/wmav2-stereo-tags.wma", "asf/wmav2-mono-notags.wma", "asf/wmav1-stereo.wma");

    /** The normaliser of ASF attribute lists. */
    static final TagNormaliser TAGS = (key, value, all) -> {
        if (value instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) value) {
                out.add(o instanceof ASFBaseAttribute ? attribute((ASFBaseAttribute) o, all) : all.normalise(o));
            }
            return out;
        }
        return all.normalise(value);
    };

    private static Map<String, Object> attribute(ASFBaseAttribute a, Normalisers all) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asf", a.getClass().getSimpleName());
        m.put("value", all.normalise(a.value()));
        m.put("language", a.language() == null ? null : (long) a.language());
        m.put("stream", a.stream() == null ? null : (long) a.stream());
        return m;
    }

    /** A value of an edit script: {@code {"asf": type, ...}}, a list of values, or the generic forms. */
    static Object value(Object json) {
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) json) {
                out.add(value(o));
            }
            return out;
        }
        if (json instanceof Map && ((Map<?, ?>) json).containsKey("asf")) {
            Map<?, ?> m = (Map<?, ?>) json;
            return ASFValue.of(Editors.plainValue(m.get("value")), ((Number) m.get("asf")).intValue(),
                    intOrNull(m.get("language")), intOrNull(m.get("stream")));
        }
        return Editors.plainValue(json);
    }

    private static Integer intOrNull(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    /** The editor: ASF values in {@code set}, {@code save} with a padding option, the rest generic. */
    static final Editor EDITOR = (FileType file, EditOp op) -> {
        if (op.name().equals("set")) {
            file.put(op.key(), value(op.value()));
        } else if (op.name().equals("save") && !op.options().isEmpty()) {
            SaveOptions options = SaveOptions.defaults();
            for (Map.Entry<String, Object> o : op.options().entrySet()) {
                if (!o.getKey().equals("padding")) {
                    throw new UnsupportedOperationException("ASF save has no option " + o.getKey());
                }
                long n = ((Number) o.getValue()).longValue();
                options = options.withPadding(info -> n);
            }
            ((ASF) file).save(options);
        } else {
            Editors.GENERIC.apply(file, op);
        }
    };

    /** The file of a matrix source: {@code asf/NAME} from test-files, or null for another source. */
    static Path source(String name) {
        if (!name.startsWith("asf/")) {
            return null;
        }
        return TestFiles.fixture(name);
    }

    static Map<String, Object> asf(int type, Object value) {
        return asf(type, value, null, null);
    }

    static Map<String, Object> asf(int type, Object value, Integer language, Integer stream) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asf", (long) type);
        m.put("value", value);
        m.put("language", language == null ? null : (long) language);
        m.put("stream", stream == null ? null : (long) stream);
        return m;
    }

    /** The edits of the write matrix, by name. */
    static Map<String, List<Map<String, Object>>> edits() {
        Map<String, List<Map<String, Object>>> e = new LinkedHashMap<>();
        e.put("text", List.of(set("Title", "New title"), set("WM/AlbumTitle", List.of("a", "b", "c"))));
        e.put("every-type", List.of(set("QL/Unicode", asf(ASFValue.UNICODE, "x")),
                set("QL/Bytes", asf(ASFValue.BYTEARRAY, Map.of("hex", "00ff10"))),
                set("QL/Bool", List.of(asf(ASFValue.BOOL, true), asf(ASFValue.BOOL, false))),
                set("QL/DWord", asf(ASFValue.DWORD, 4294967295L)),
                set("QL/QWord", List.of(asf(ASFValue.QWORD, 9223372036854775807L), asf(ASFValue.QWORD, 0L))),
                set("QL/Word", asf(ASFValue.WORD, 65535L)),
                set("QL/Guid", asf(ASFValue.GUID, Map.of("hex", "9e5a6c7d89a2b544b8a330fe00112233")))));
        e.put("metadata-types", List.of(set("QL/MBool", List.of(asf(ASFValue.BOOL, true, null, 1),
                asf(ASFValue.BOOL, true, 2, 1))), set("QL/MWord", asf(ASFValue.WORD, 7L, null, 3)),
                set("QL/MQWord", asf(ASFValue.QWORD, 1L << 40, 1, null))));
        e.put("plain-types", List.of(set("WM/Track", 12L), set("IsVBR", true), set("QL/Raw", Map.of("hex", "41"))));
        e.put("library-move", List.of(set("Author", List.of("Foo", "Bar", "Baz")), set("Title", 42L),
                set("QL/Lang", asf(ASFValue.UNICODE, "lang", 1, null)),
                set("QL/Stream", List.of(asf(ASFValue.UNICODE, "s1", null, 1), asf(ASFValue.UNICODE, "s2", null, 1))),
                set("QL/Mix", List.of(asf(ASFValue.UNICODE, "a", null, 1), asf(ASFValue.UNICODE, "b", 2, null),
                        asf(ASFValue.UNICODE, "c", 4, 3), asf(ASFValue.UNICODE, "d")))));
        e.put("unicode", List.of(set("Title", WriteMatrix.text(1)),
                set("WM/Composer", List.of("caf\u00e9", "\u6f22\u5b57 \ud83c\udfb5")),
                set("\u041a\u043b\u044e\u0447", "\u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435")));
        e.put("large", List.of(set("QL/LargeBytes", asf(ASFValue.BYTEARRAY, Seeded.of(3, 70000))),
                set("QL/SmallBytes", asf(ASFValue.BYTEARRAY, Seeded.of(4, 0xFFFF))),
                set("QL/LongText", "x".repeat(40000)), set("Author", "a".repeat(32766)),
                set("Copyright", "b".repeat(32767))));
        e.put("large-5mb", List.of(set("QL/Big", asf(ASFValue.BYTEARRAY, WriteMatrix.PICTURE_5M))));
        e.put("empty", List.of(set("Author", List.of("", "")), set("Title", List.of("")),
                set("Copyright", List.of())));
        return e;
    }

    private static boolean hasTitle(String source) {
        try {
            return new ASF(source.startsWith("asf/") ? source(source) : TestFiles.corpus(source)).tags()
                    .containsKey("Title");
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds the ASF matrix to {@code all}. */
    static void matrix(List<EditScripts.Script> all) {
        for (String source : SOURCES) {
            String base = source.substring(source.lastIndexOf('/') + 1, source.lastIndexOf('.'));
            for (Map.Entry<String, List<Map<String, Object>>> e : edits().entrySet()) {
                List<Long> paddings = e.getKey().equals("text") ? WriteMatrix.PADDINGS : java.util.Arrays.asList(
                        (Long) null);
                if (e.getKey().equals("large-5mb") && !source.equals("silence-1.wma")
                        && !source.equals("asf/wmav2-stereo-tags.wma")) {
                    continue;
                }
                for (Long padding : paddings) {
                    List<Map<String, Object>> ops = new ArrayList<>(e.getValue());
                    ops.add(padding == null ? save() : save("padding", padding));
                    all.add(new EditScripts.Script("ASF", e.getKey() + "-" + base + "-pad"
                            + (padding == null ? "default" : padding), source, List.copyOf(ops)));
                }
            }
            if (hasTitle(source)) {
                all.add(new EditScripts.Script("ASF", "delete-key-" + base, source,
                        List.of(delete("Title"), save())));
            }
            all.add(new EditScripts.Script("ASF", "delete-" + base, source, List.of(op("delete_tags"))));
            all.add(new EditScripts.Script("ASF", "save-unchanged-" + base, source, List.of(save())));
            all.add(new EditScripts.Script("ASF", "delete-then-tag-" + base, source,
                    List.of(op("delete_tags"), set("Title", "again"), save())));
        }
    }

    private static final Map<Path, String> SOURCE_DECODES = new ConcurrentHashMap<>();

    /**
     * Empty when ffmpeg decodes our saved file without a message to the same audio (MD5 of the decoded samples) as
     * its source; else what differs. ffmpeg missing is a failure saying how to install it.
     */
    static Optional<String> check(Path ours, Path source) throws IOException {
        Path exe = Path.of("/usr/bin/ffmpeg");
        if (!Files.isExecutable(exe)) {
            return Optional.of("ffmpeg is not installed: apt-get install ffmpeg");
        }
        String expected = SOURCE_DECODES.computeIfAbsent(source, s -> decode(exe, s));
        String got = decode(exe, ours);
        return got.equals(expected) ? Optional.empty()
                : Optional.of("ffmpeg decodes our file as " + got + ", its source as " + expected);
    }

    /** ffmpeg's MD5 of the decoded audio and what it printed on stderr. */
    static String decode(Path exe, Path file) {
        try {
            ProcessBuilder pb = new ProcessBuilder(exe.toString(), "-nostdin", "-v", "error", "-i", file.toString(),
                    "-f", "md5", "-");
            Process p = pb.start();
            byte[] err = p.getErrorStream().readAllBytes();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timeout";
            }
            // ffmpeg names its decoder context by address ("[wmav2 @ 0x5606f6414d00]"): not part of the message
            return "exit " + p.exitValue() + " " + new String(out, StandardCharsets.UTF_8).trim()
                    + (err.length == 0 ? "" : " stderr: " + new String(err, StandardCharsets.UTF_8)
                    .replace(file.toString(), "FILE").replaceAll(" @ 0x[0-9a-f]+\\]", "]").trim());
        } catch (IOException e) {
            return "cannot run ffmpeg: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
