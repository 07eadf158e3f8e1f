// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of an edit script, the same JSON object that oracle.py's {@code edit()} applies. The ops:
 * <pre>
 * {"op": "set", "key": K, "value": V}     f[K] = V      V: a string, a list, {"hex": ".."} for bytes,
 *                                                       {"frame": "TIT2", "fields": {...}} for an ID3 frame,
 *                                                       {"cover": {"hex", "imageformat"}}, {"freeform": {...}}
 * {"op": "delete", "key": K}              del f[K]
 * {"op": "add_tags"}                      f.add_tags()
 * {"op": "add_picture", "type", "mime", "desc", "width", "height", "depth", "colors", "hex"}   f.add_picture(..)
 * {"op": "clear_pictures"}                f.clear_pictures()
 * {"op": "save", OPTIONS...}              f.save(**OPTIONS); "padding": N becomes padding=lambda info: N;
 *                                         others pass as they are (v2_version, v1, v23_sep, deleteid3, ...)
 * {"op": "delete_tags"}                   f.delete()
 * {"op": "add_frame", "value": FRAME}     f.tags.add(frame) (ID3)
 * {"op": "open_id3", "load": B}           first op only: edit ID3(path), or a new ID3() saved to the path
 * {"op": "set_cuesheet", "value": V}      f.cuesheet = CueSheet from V, or None (FLAC)
 * {"op": "set_seektable", "value": V}     f.seektable = SeekTable from [[first_sample, offset, samples]], or None
 * {"op": "add_block", "code": C, "hex"}   append a raw metadata block (FLAC APPLICATION, ...)
 * {"op": "remove_blocks", "code": C}      drop every metadata block of a type code
 * </pre>
 * Bytes may also be given as {"seeded": {"seed", "size"}} (see {@link Seeded}); README.md lists the forms.
 */
public record EditOp(Map<String, Object> json) {

    /** The op name. */
    public String name() {
        return (String) json.get("op");
    }

    /** The key of set/delete. */
    public String key() {
        return (String) json.get("key");
    }

    /** The value of set, as JSON. */
    public Object value() {
        return json.get("value");
    }

    /** Any field of the op. */
    public Object get(String field) {
        return json.get(field);
    }

    /** The options of a save: every field except "op". */
    public Map<String, Object> options() {
        Map<String, Object> m = new LinkedHashMap<>(json);
        m.remove("op");
        return m;
    }

    static Map<String, Object> op(String name, Object... fieldsAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("op", name);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            m.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, Object> set(String key, Object value) {
        return op("set", "key", key, "value", value);
    }

    static Map<String, Object> delete(String key) {
        return op("delete", "key", key);
    }

    static Map<String, Object> save(Object... options) {
        return op("save", options);
    }
}
