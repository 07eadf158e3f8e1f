// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;

/**
 * The registry of per-format {@link Editor}s (keyed by mutagen kind), the format-neutral editor, and the Java
 * applier of edit scripts.
 */
public final class Editors {
    /** Editors by kind. Add formats here, e.g. {@code EDITORS.put("FLAC", new FLACEditor());}. */
    static final Map<String, Editor> EDITORS = new LinkedHashMap<>();

    static {
        EDITORS.put("FLAC", FLACCompat.EDITOR);
        EDITORS.put("MP3", ID3Compat.EDITOR);
        EDITORS.put("ID3FileType", ID3Compat.EDITOR);
        EDITORS.put("TrueAudio", ID3Compat.EDITOR);
        ApeCompat.SOURCES.keySet().forEach(kind -> EDITORS.put(kind, ApeCompat.EDITOR));
        for (String kind : IffCompat.SOURCES.keySet()) {
            EDITORS.put(kind, IffCompat.EDITOR);
        }
        for (String kind : OggCompat.kinds()) {
            EDITORS.put(kind, OggCompat.EDITOR);
        }
        EDITORS.put("MP4", Mp4Compat.EDITOR);
        EDITORS.put("ASF", AsfCompat.EDITOR);
        // GENERIC is initialised after this block: look it up when an op runs
        StreamCompat.SOURCES.keySet().forEach(kind -> EDITORS.put(kind, (file, op) -> Editors.GENERIC.apply(file, op)));
    }

    /**
     * The format-neutral ops: set (strings and lists of strings, {"hex"} as byte[]), delete, add_tags, save without
     * options, delete_tags. Anything else is an {@link UnsupportedOperationException} naming the op, so a missing
     * format editor shows up as a difference rather than as a silent no-op.
     */
    public static final Editor GENERIC = (file, op) -> {
        switch (op.name()) {
            case "set":
                file.put(op.key(), plainValue(op.value()));
                break;
            case "delete":
                file.remove(op.key());
                break;
            case "add_tags":
                file.addTags();
                break;
            case "save":
                if (!op.options().isEmpty()) {
                    throw new UnsupportedOperationException("save options " + op.options()
                            + " need the format's Editor");
                }
                file.save();
                break;
            case "delete_tags":
                file.delete();
                break;
            default:
                throw new UnsupportedOperationException("op " + op.name() + " needs the format's Editor");
        }
    };

    private Editors() {
    }

    /** The editor of a kind, or null. */
    static Editor forKind(String kind) {
        return EDITORS.get(kind);
    }

    /**
     * A JSON value of the generic forms as a Java value: strings, lists of them, {"hex"} and {"seeded"} as byte[].
     */
    public static Object plainValue(Object json) {
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) json) {
                out.add(plainValue(o));
            }
            return out;
        }
        if (json instanceof Map && ((Map<?, ?>) json).containsKey("hex")) {
            return HexFormat.of().parseHex((String) ((Map<?, ?>) json).get("hex"));
        }
        if (json instanceof Map && ((Map<?, ?>) json).containsKey("seeded")) {
            return Seeded.from((Map<?, ?>) json);
        }
        return json;
    }

    /**
     * Opens the file with our API and applies the ops in order with the editor: the same
     * {@code {"error": null | {"class", "message"}, "done": N}} that oracle.py's {@code edit()} returns.
     */
    static Map<String, Object> apply(Path path, List<Map<String, Object>> ops, Editor editor, Options options) {
        Map<String, Object> result = new LinkedHashMap<>();
        long done = 0;
        try {
            Optional<FileType> opened = File.open(path, options);
            if (opened.isEmpty()) {
                throw new IOException("ours cannot open " + path);
            }
            FileType f = opened.get();
            for (Map<String, Object> op : ops) {
                editor.apply(f, new EditOp(op));
                done++;
            }
            result.put("error", null);
        } catch (IOException | RuntimeException e) {
            result.put("error", Dump.error(e));
        }
        result.put("done", done);
        return result;
    }
}
