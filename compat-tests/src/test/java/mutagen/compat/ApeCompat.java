// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static mutagen.compat.EditOp.delete;
import static mutagen.compat.EditOp.op;
import static mutagen.compat.EditOp.save;
import static mutagen.compat.EditOp.set;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mutagen.apev2.APEValue;
import mutagen.apev2.APEv2;

/**
 * APEv2's part of the compatibility tests: the value normaliser ({@code {"ape": class, "kind", "value"}} as
 * oracle.py's {@code norm}), the editor of the APEv2-tagged kinds (values {@code {"ape": kind, "value": v}} are
 * {@code APEValue(v, kind)}), the standalone {@code APEv2} class ({@code open_apev2}, for APEv2 tags on MP3 files),
 * the write matrix and damaged copies of the tag (item counts, sizes and kinds changed, the tag cut at each item).
 */
final class ApeCompat {
    private ApeCompat() {
    }

    /** The kinds whose tags are APEv2, with the corpus files the write matrix starts from. */
    static final Map<String, List<String>> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put("APEv2File", List.of("oldtag.apev2", "145-invalid-item-count.apev2", "brokentag.apev2"));
        SOURCES.put("WavPack", List.of("silence-44-s.wv", "no_length.wv", "dsd.wv"));
        SOURCES.put("Musepack", List.of("click.mpc", "sv4_header.mpc", "sv5_header.mpc", "sv8_header.mpc"));
        SOURCES.put("MonkeysAudio", List.of("mac-399.ape", "mac-396.ape", "mac-390-hdr.ape"));
        SOURCES.put("OptimFROG", List.of("empty.ofr", "empty.ofs", "silence-2s-44100-16.ofr"));
        SOURCES.put("TAK", List.of("silence-44-s.tak", "has-tags.tak"));
    }

    /** The normaliser of APEv2 values. */
    static final TagNormaliser TAGS = (key, value, all) -> {
        if (value instanceof APEValue) {
            APEValue v = (APEValue) value;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ape", v.getClass().getSimpleName());
            m.put("kind", (long) v.kind());
            m.put("value", all.normalise(v.value()));
            return m;
        }
        return all.normalise(value);
    };

    /** A value of an edit script: {@code {"ape": kind, "value": v}} or the generic forms. */
    static Object value(Object json) {
        if (json instanceof Map && ((Map<?, ?>) json).containsKey("ape")) {
            Map<?, ?> m = (Map<?, ?>) json;
            return APEValue.of(Editors.plainValue(m.get("value")), ((Number) m.get("ape")).intValue());
        }
        return Editors.plainValue(json);
    }

    /** The editor of every APEv2-tagged kind. */
    static final Editor EDITOR = (file, op) -> {
        if (op.name().equals("set")) {
            file.put(op.key(), value(op.value()));
        } else {
            Editors.GENERIC.apply(file, op);
        }
    };

    /** {@code open_apev2} scripts: the standalone APEv2 class on any file, as oracle.py's {@code edit()}. */
    static Map<String, Object> applyStandalone(Path path, List<Map<String, Object>> ops) {
        Map<String, Object> result = new LinkedHashMap<>();
        long done = 0;
        try {
            EditOp first = new EditOp(ops.get(0));
            APEv2 tags = Boolean.FALSE.equals(first.get("load")) ? new APEv2() : new APEv2(path);
            for (Map<String, Object> json : ops) {
                EditOp op = new EditOp(json);
                switch (op.name()) {
                    case "open_apev2":
                        if (done != 0) {
                            throw new IllegalArgumentException("open_apev2 must be the first op");
                        }
                        break;
                    case "set":
                        tags.put(op.key(), value(op.value()));
                        break;
                    case "delete":
                        tags.remove(op.key());
                        break;
                    case "save":
                        tags.save(path);
                        break;
                    case "delete_tags":
                        tags.delete(path);
                        break;
                    default:
                        throw new UnsupportedOperationException("op " + op.name() + " on a standalone APEv2");
                }
                done++;
            }
            result.put("error", null);
        } catch (IOException | RuntimeException e) {
            result.put("error", Dump.error(e));
        }
        result.put("done", done);
        return result;
    }

    /** The kind under which standalone-APEv2 scripts are reported. */
    static final String STANDALONE = "APEv2";

    static Map<String, Object> ape(int kind, Object value) {
        return Map.of("ape", (long) kind, "value", value);
    }

    /** The edits of the write matrix, by name. */
    static Map<String, List<Map<String, Object>>> edits() {
        Map<String, List<Map<String, Object>>> e = new LinkedHashMap<>();
        e.put("text", List.of(set("Title", "New title"), set("Artist", List.of("a", "b", "c"))));
        e.put("binary", List.of(set("Cover Art (Front)", Map.of("hex", "00ff10" + EditScripts.PICTURE_HEX)),
                set("Empty", Map.of("hex", ""))));
        e.put("external", List.of(set("Website", ape(APEValue.EXTERNAL, "http://example.org/\u00e9"))));
        e.put("unicode", List.of(set("Title", "caf\u00e9 \u6f22\u5b57 \ud83c\udfb5"),
                set("Comment", List.of("\u00fc", "", "\u00df"))));
        e.put("keys-case", List.of(set("title", "lower"), set("TITLE", "upper wins the case"),
                set("  spaced ~key", "x")));
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(set("Key" + i, i % 3 == 0 ? Map.of("hex", String.format("%04x", i)) : "value " + i));
        }
        e.put("many", many);
        e.put("binary-5mb", List.of(set("Cover Art (Front)", WriteMatrix.PICTURE_5M)));
        e.put("delete-key", List.of(set("Title", "x"), delete("title")));
        e.put("text-kind-bytes", List.of(set("Raw", ape(APEValue.TEXT, Map.of("hex", "41")))));
        return e;
    }

    private static boolean tagged(String source) {
        try {
            new APEv2(mutagen.testkit.TestFiles.corpus(source));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds the APEv2 scripts to the matrix: every edit (after add_tags on untagged files) then save; delete. */
    static void scripts(List<EditScripts.Script> all) {
        for (Map.Entry<String, List<String>> k : SOURCES.entrySet()) {
            for (String source : k.getValue()) {
                String base = source.substring(0, source.lastIndexOf('.'));
                for (Map.Entry<String, List<Map<String, Object>>> e : edits().entrySet()) {
                    List<Map<String, Object>> ops = new ArrayList<>();
                    if (!tagged(source)) {
                        ops.add(op("add_tags"));
                    }
                    ops.addAll(e.getValue());
                    ops.add(save());
                    all.add(new EditScripts.Script(k.getKey(), e.getKey() + "-" + base, source, ops));
                }
                all.add(new EditScripts.Script(k.getKey(), "delete-" + base, source, List.of(op("delete_tags"))));
            }
        }
        for (String source : List.of("apev2-lyricsv2.mp3", "audacious-trailing-id32-apev2.mp3")) {
            String base = source.substring(0, source.lastIndexOf('.'));
            for (Map.Entry<String, List<Map<String, Object>>> e : edits().entrySet()) {
                List<Map<String, Object>> ops = new ArrayList<>();
                ops.add(op("open_apev2"));
                ops.addAll(e.getValue());
                ops.add(save());
                all.add(new EditScripts.Script(STANDALONE, e.getKey() + "-" + base, source, ops));
            }
            all.add(new EditScripts.Script(STANDALONE, "delete-" + base, source,
                    List.of(op("open_apev2"), op("delete_tags"))));
        }
    }
}
