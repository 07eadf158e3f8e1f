// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.fuzz;

import java.util.Collection;
import java.util.Map;
import mutagen.FileType;
import mutagen.StreamInfo;
import mutagen.Tags;
import mutagen.common.CommonKey;
import mutagen.common.CommonTags;
import mutagen.common.Picture;

/** Reads everything a loaded file offers through the generic API; the result is discarded. */
final class Touch {
    private Touch() {
    }

    /** pprint, mime, every key and value, every stream attribute, and the same through the common view. */
    static void file(FileType f) {
        sink(f.pprint());
        sink(f.mime());
        sink(f.toString());
        StreamInfo info = f.info();
        sink(info.pprint());
        sink(info.length());
        for (Map.Entry<String, Object> a : info.attributes().entrySet()) {
            value(a.getValue());
        }
        Tags tags = f.tags();
        if (tags != null) {
            sink(tags.pprint());
            for (String key : f.keys()) {
                if (!tags.containsKey(key)) {
                    throw new AssertionError("key " + key + " listed by keys() but not contained");
                }
                value(f.get(key));
            }
        }
        common(f);
    }

    /** The cross-format view: typed properties, standard keys, native keys, pictures. */
    static void common(FileType f) {
        sink(f.info().properties().toString());
        CommonTags view = f.common();
        for (CommonKey k : view.keys()) {
            value(view.get(k));
        }
        for (String key : view.nativeKeys()) {
            value(view.getNative(key));
        }
        for (Picture p : view.pictures()) {
            sink(p.size());
        }
    }

    /** Every part of a value: lists and maps walked, arrays measured, everything printed. */
    static void value(Object v) {
        if (v instanceof byte[] b) {
            sink(b.length);
        } else if (v instanceof Collection<?> c) {
            for (Object o : c) {
                value(o);
            }
        } else if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(e.getKey());
                value(e.getValue());
            }
        } else if (v != null) {
            sink(v.toString());
            sink(v.hashCode());
        }
    }

    private static volatile int sunk;

    /** Keeps a result alive, so the work is not optimised away. */
    static void sink(Object o) {
        sunk += o == null ? 0 : 1;
    }
}
