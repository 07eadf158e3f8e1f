// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import mutagen.FileType;
import mutagen.id3.CTOCFlags;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.Frames;
import mutagen.id3.ID3;
import mutagen.id3.ID3FileType;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.ID3Tags;
import mutagen.id3.ID3TimeStamp;
import mutagen.id3.PictureType;
import mutagen.id3.Spec;

/**
 * ID3's part of the compatibility tests: frames normalised as oracle.py's {@code norm_frame} (class, pprint and every
 * spec field present, by its Python name), and the {@link Editor} for frames and
 * {@code save(v1, v2_version, v23_sep, padding)} of ID3FileType kinds (MP3, ID3FileType, ...).
 */
final class ID3Compat {
    private ID3Compat() {
    }

    private static final Method FRAMESPEC = accessible("framespec");
    private static final Method OPTIONALSPEC = accessible("optionalspec");

    // The spec lists are protected on Frame; the tests read them as mutagen's _framespec/_optionalspec.
    private static Method accessible(String name) {
        try {
            Method m = Frame.class.getDeclaredMethod(name);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("mutagen.id3.Frame has no " + name + "()", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Spec> specs(Method m, Frame f) {
        try {
            return (List<Spec>) m.invoke(f);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every spec of a frame: {@code _framespec} then {@code _optionalspec}. */
    static List<Spec> specsOf(Frame f) {
        List<Spec> all = new ArrayList<>(specs(FRAMESPEC, f));
        all.addAll(specs(OPTIONALSPEC, f));
        return all;
    }

    /** The normaliser for ID3 tags (registered under ID3Tags, so ID3 and sub-frame tags use it). */
    static final TagNormaliser TAGS = (key, value, all) -> value(value);

    /** {@code {"frame", "pprint", "fields"}}. */
    static Map<String, Object> frame(Frame f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Spec> required = specs(FRAMESPEC, f);
        for (Spec s : required) {
            fields.put(s.name(), value(f.get(s.name())));
        }
        for (Spec s : specs(OPTIONALSPEC, f)) {
            if (f.has(s.name())) {
                fields.put(s.name(), value(f.get(s.name())));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("frame", f.frameId());
        out.put("pprint", f.pprint());
        out.put("fields", fields);
        return out;
    }

    /** A field value or tag value in oracle.py's forms. */
    static Object value(Object v) {
        if (v instanceof Frame) {
            return frame((Frame) v);
        }
        if (v instanceof Encoding) {
            return (long) ((Encoding) v).value();
        }
        if (v instanceof PictureType) {
            return (long) ((PictureType) v).value();
        }
        if (v instanceof CTOCFlags) {
            return (long) ((CTOCFlags) v).value();
        }
        if (v instanceof ID3TimeStamp) {
            return ((ID3TimeStamp) v).text();
        }
        // Python's tuples, typed as records in our API
        if (v instanceof mutagen.id3.SYLT.Line) {
            return List.of(((mutagen.id3.SYLT.Line) v).text(), value(((mutagen.id3.SYLT.Line) v).time()));
        }
        if (v instanceof mutagen.id3.ETCO.Event) {
            mutagen.id3.ETCO.Event e = (mutagen.id3.ETCO.Event) v;
            return List.of(value((long) e.type()), value(e.time()));
        }
        if (v instanceof mutagen.id3.EQU2.Adjustment) {
            mutagen.id3.EQU2.Adjustment a = (mutagen.id3.EQU2.Adjustment) v;
            return List.of(value(a.frequency()), value(a.adjustment()));
        }
        if (v instanceof ID3Tags) {
            ID3Tags t = (ID3Tags) v;
            List<Object> frames = new ArrayList<>();
            for (String k : new TreeSet<>(t.keys())) {
                frames.add(List.of(k, value(t.get(k))));
            }
            return Map.of("frames", frames);
        }
        if (v instanceof Collection) {
            List<Object> out = new ArrayList<>();
            for (Object o : (Collection<?>) v) {
                out.add(value(o));
            }
            return out;
        }
        if (v instanceof Object[]) {
            List<Object> out = new ArrayList<>();
            for (Object o : (Object[]) v) {
                out.add(value(o));
            }
            return out;
        }
        if (v instanceof Enum) {
            return Map.of("type", v.getClass().getSimpleName(), "repr", v.toString());
        }
        return Normalisers.generic(v);
    }

    /** A frame from its edit form {@code {"frame": ID, "fields": {...}}}. */
    static Frame makeFrame(Map<?, ?> spec) {
        Frame f = Frames.create((String) spec.get("frame"));
        Object fields = spec.get("fields");
        if (fields instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) fields).entrySet()) {
                String name = (String) e.getKey();
                Spec fieldSpec = specsOf(f).stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
                f.set(name, typed(fieldSpec, fieldValue(e.getValue())));
            }
        }
        return f;
    }

    /**
     * Python's tuples in the fields our API types as records: SYLT lines, ETCO events, EQU2 adjustments (from
     * {@code [text, time]}, {@code [type, time]}, {@code [frequency, adjustment]}).
     */
    private static Object typed(Spec spec, Object value) {
        if (!(value instanceof List) || !(spec instanceof Spec.SynchronizedTextSpec
                || spec instanceof Spec.KeyEventSpec || spec instanceof Spec.VolumeAdjustmentsSpec)) {
            return value;
        }
        List<Object> out = new ArrayList<>();
        for (Object o : (List<?>) value) {
            if (!(o instanceof List) || ((List<?>) o).size() != 2) {
                out.add(o); // left for the frame to refuse
                continue;
            }
            Object a = ((List<?>) o).get(0);
            Number b = (Number) ((List<?>) o).get(1);
            if (spec instanceof Spec.SynchronizedTextSpec) {
                out.add(new mutagen.id3.SYLT.Line((String) a, b.longValue()));
            } else if (spec instanceof Spec.KeyEventSpec) {
                out.add(new mutagen.id3.ETCO.Event(((Number) a).intValue(), b.longValue()));
            } else {
                out.add(new mutagen.id3.EQU2.Adjustment(((Number) a).doubleValue(), b.doubleValue()));
            }
        }
        return out;
    }

    /** A field value from its edit form: the generic forms, and frames (CHAP/CTOC sub-frames) at any depth. */
    static Object fieldValue(Object json) {
        if (json instanceof Map && ((Map<?, ?>) json).containsKey("frame")) {
            return makeFrame((Map<?, ?>) json);
        }
        if (json instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) json) {
                out.add(fieldValue(o));
            }
            return out;
        }
        return Editors.plainValue(json);
    }

    /** The editor of ID3FileType kinds. */
    static final Editor EDITOR = (FileType file, EditOp op) -> {
        switch (op.name()) {
            case "set":
                if (op.value() instanceof Map && ((Map<?, ?>) op.value()).containsKey("frame")) {
                    file.put(op.key(), makeFrame((Map<?, ?>) op.value()));
                } else {
                    Editors.GENERIC.apply(file, op);
                }
                break;
            case "add_frame":
                ((ID3) ((ID3FileType) file).tags()).add(makeFrame((Map<?, ?>) op.value()));
                break;
            case "save":
                ((ID3FileType) file).save(saveOptions(op.options()));
                break;
            default:
                Editors.GENERIC.apply(file, op);
        }
    };

    /**
     * Applies a script that starts with {@code {"op": "open_id3", "load": B}} to the standalone {@link ID3} class
     * (loaded from the file, or new and saved to it), as oracle.py does: {@code {"error", "done"}}.
     */
    static Map<String, Object> applyStandalone(Path path, List<Map<String, Object>> ops) {
        Map<String, Object> result = new LinkedHashMap<>();
        long done = 0;
        try {
            EditOp first = new EditOp(ops.get(0));
            ID3 tags = Boolean.FALSE.equals(first.get("load")) ? new ID3() : new ID3(path);
            for (Map<String, Object> json : ops) {
                EditOp op = new EditOp(json);
                switch (op.name()) {
                    case "open_id3":
                        if (done != 0) {
                            throw new IllegalArgumentException("open_id3 must be the first op");
                        }
                        break;
                    case "add_frame":
                        tags.add(makeFrame((Map<?, ?>) op.value()));
                        break;
                    case "set":
                        tags.put(op.key(), makeFrame((Map<?, ?>) op.value()));
                        break;
                    case "delete":
                        tags.remove(op.key());
                        break;
                    case "save":
                        tags.save(path, saveOptions(op.options()));
                        break;
                    case "delete_tags":
                        tags.delete(path);
                        break;
                    default:
                        throw new UnsupportedOperationException("op " + op.name() + " on a standalone ID3");
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

    static ID3SaveOptions saveOptions(Map<String, Object> options) {
        ID3SaveOptions o = ID3SaveOptions.defaults();
        for (Map.Entry<String, Object> e : options.entrySet()) {
            Object v = e.getValue();
            switch (e.getKey()) {
                case "v1":
                    o = o.withV1(((Number) v).intValue());
                    break;
                case "v2_version":
                    o = o.withV2Version(((Number) v).intValue());
                    break;
                case "v23_sep":
                    o = o.withV23Sep((String) v);
                    break;
                case "padding":
                    long n = ((Number) v).longValue();
                    o = o.withPadding(info -> n);
                    break;
                default:
                    throw new UnsupportedOperationException("ID3FileType.save has no option " + e.getKey());
            }
        }
        return o;
    }
}
