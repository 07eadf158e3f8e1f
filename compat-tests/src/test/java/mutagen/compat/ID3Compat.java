// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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
                f.set((String) e.getKey(), Editors.plainValue(e.getValue()));
            }
        }
        return f;
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
            case "save":
                ((ID3FileType) file).save(saveOptions(op.options()));
                break;
            default:
                Editors.GENERIC.apply(file, op);
        }
    };

    private static ID3SaveOptions saveOptions(Map<String, Object> options) {
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
