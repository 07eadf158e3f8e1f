// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.MutagenError;
import mutagen.PaddingFunction;
import mutagen.Tags;
import mutagen.util.ByteReader;
import mutagen.util.PyCompat;
import mutagen.util.SaveMode;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * The iTunes metadata list ({@code moov.udta.meta.ilst}) as a dict from key to value. Mirrors
 * {@code mutagen.mp4.MP4Tags}: text keys hold {@code List<String>}, {@code trkn}/{@code disk} {@code List<MP4Pair>},
 * integer atoms {@code List<Long>}, {@code cpil}/{@code pgap}/{@code pcst} a {@code Boolean}, {@code covr}
 * {@code List<MP4Cover>}, freeform keys {@code ----:mean:name} {@code List<MP4FreeForm>}. Which atom is read and
 * written how is one table ({@link #CODECS}), mutagen's {@code __atoms}. Atoms that fail to parse are kept and
 * written back unchanged.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class MP4Tags extends Tags {

    /** How an atom's values are read and written. */
    enum Kind { TEXT, FREEFORM, PAIR, PAIR_NO_TRAILING, GENRE, INTEGER, BOOL, COVER }

    /** One row of the atom table: the kind and, for integers, the smallest width written. */
    record Codec(Kind kind, int width) {
    }

    /** mutagen's {@code MP4Tags.__atoms}; names absent here are read as UTF-8 text only. */
    static final Map<String, Codec> CODECS = table();

    private static Map<String, Codec> table() {
        Map<String, Codec> m = new HashMap<>();
        m.put("----", new Codec(Kind.FREEFORM, 0));
        m.put("trkn", new Codec(Kind.PAIR, 0));
        m.put("disk", new Codec(Kind.PAIR_NO_TRAILING, 0));
        m.put("gnre", new Codec(Kind.GENRE, 0));
        Object[][] ints = {{"plID", 8}, {"cnID", 4}, {"geID", 4}, {"atID", 4}, {"sfID", 4}, {"cmID", 4},
            {"akID", 1}, {"tvsn", 4}, {"tves", 4}, {"tmpo", 2}, {"\u00a9mvi", 2}, {"\u00a9mvc", 2}, {"shwm", 1},
            {"stik", 1}, {"hdvd", 1}, {"rtng", 1}};
        for (Object[] i : ints) {
            m.put((String) i[0], new Codec(Kind.INTEGER, (Integer) i[1]));
        }
        for (String b : List.of("cpil", "pgap", "pcst")) {
            m.put(b, new Codec(Kind.BOOL, 0));
        }
        m.put("covr", new Codec(Kind.COVER, 0));
        for (String t : List.of("purl", "egid", "\u00a9nam", "\u00a9alb", "\u00a9ART", "aART", "\u00a9wrt",
                "\u00a9day", "\u00a9cmt", "desc", "purd", "\u00a9grp", "\u00a9gen", "\u00a9lyr", "catg", "keyw",
                "\u00a9too", "cprt", "soal", "soaa", "soar", "sonm", "soco", "sosn", "tvsh")) {
            m.put(t, new Codec(Kind.TEXT, 0));
        }
        return Collections.unmodifiableMap(m);
    }

    private final LinkedHashMap<String, Object> items = new LinkedHashMap<>();
    private final LinkedHashMap<String, List<byte[]>> failedAtoms = new LinkedHashMap<>();
    private long padding;

    /** Empty tags (mutagen's {@code MP4Tags()}). */
    public MP4Tags() {
    }

    /**
     * Reads the tags of a parsed file ({@code MP4Tags(atoms, fileobj)}).
     *
     * @param atoms the atoms
     * @param in the input
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public MP4Tags(Atoms atoms, FileSource in) throws IOException {
        load(atoms, in);
    }

    private void load(Atoms atoms, FileSource in) throws IOException {
        List<Atom> path = atoms.path("moov", "udta", "meta", "ilst");
        if (path == null) {
            atoms.get(MP4MetadataError::new, "moov", "udta", "meta", "ilst");
            return;
        }
        Atom free = MP4Writer.findPadding(path);
        padding = free == null ? 0 : free.dataLength();
        for (Atom atom : path.get(3).children()) {
            // Each child's values are read from its data where it lies; only what a value keeps is copied.
            ByteReader data = atom.dataInPlace(in, MP4MetadataError::new);
            if (data == null) {
                throw new MP4MetadataError("Not enough data");
            }
            byte[] d = data.array();
            int base = data.arrayPosition();
            int len = data.remaining();
            try {
                parseAtom(atom.name(), atom.length() - 8, d, base, len);
            } catch (StructError e) {
                throw e;
            } catch (MP4MetadataError e) {
                failedAtoms.computeIfAbsent(atom.name(), k -> new ArrayList<>())
                        .add(Arrays.copyOfRange(d, base, base + len));
            }
        }
    }

    private void parseAtom(String name, long limit, byte[] d, int base, int len) throws MP4Error {
        Codec c = CODECS.get(name);
        Kind kind = c == null ? null : c.kind();
        if (kind == null) {
            add(name, TagParsers.text(name, limit, d, base, len, false));
            return;
        }
        switch (kind) {
            case TEXT:
                add(name, TagParsers.text(name, limit, d, base, len, true));
                break;
            case FREEFORM:
                TagParsers.FreeForm f = TagParsers.freeform(name, limit, d, base, len);
                add(f.key(), f.values());
                break;
            case PAIR:
            case PAIR_NO_TRAILING:
                add(name, TagParsers.pair(name, limit, d, base, len));
                break;
            case GENRE:
                add("\u00a9gen", TagParsers.genre(name, limit, d, base, len));
                break;
            case INTEGER:
                add(name, TagParsers.integer(name, limit, d, base, len));
                break;
            case BOOL:
                TagParsers.bool(name, limit, d, base, len, this);
                break;
            default:
                add(name, TagParsers.cover(name, limit, d, base, len));
        }
    }

    @SuppressWarnings("unchecked")
    private void add(String key, List<Object> values) {
        Object old = items.get(key);
        if (old instanceof List) {
            List<Object> merged = new ArrayList<>((List<Object>) old);
            merged.addAll(values);
            items.put(key, merged);
        } else {
            items.put(key, values);
        }
    }

    void putParsed(String key, Object value) {
        items.put(key, value);
    }

    /**
     * Writes these tags into the MP4 file at a path with mutagen's default padding ({@code MP4Tags.save}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path) throws IOException {
        save(path, null);
    }

    /**
     * Writes these tags into the MP4 file at a path ({@code MP4Tags.save(filething, padding)}); the file's other
     * atoms, its failed tag atoms included, stay as they are.
     *
     * @param path the file's path
     * @param padding the padding in bytes
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path, PaddingFunction padding) throws IOException {
        FileSource.edit(path, SaveMode.JOURNAL, MP4.ERRORS, target -> MP4Writer.save(mp4Tags(), target, padding));
    }

    /**
     * Removes every tag, failed atoms included, from the file at a path, and the padding ({@code delete}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(Path path) throws IOException {
        mp4Tags().clearAll();
        save(path, info -> 0);
    }

    /** Removes every key and every failed atom: what a delete writes. */
    void clearAll() {
        failedAtoms.clear();
        items.clear();
    }

    /**
     * The atom-level tags that are saved: these tags themselves; a view over other tags (EasyMP4's
     * {@code EasyMP4Tags}) returns the tags it wraps.
     */
    protected MP4Tags mp4Tags() {
        return this;
    }

    /**
     * The atoms that could not be parsed, by key (mutagen's {@code _failed_atoms}); live.
     *
     * @return the atoms that could not be parsed, by key (mutagen's {@code _failed_atoms}); live
     */
    public Map<String, List<byte[]>> failedAtoms() {
        return failedAtoms;
    }

    /**
     * The data length of the {@code free} atom beside {@code ilst} when loaded (mutagen's {@code _padding}).
     *
     * @return the data length of the {@code free} atom beside {@code ilst} when loaded (mutagen's {@code _padding})
     */
    public long padding() {
        return padding;
    }

    @Override
    public List<String> keys() {
        return new ArrayList<>(items.keySet());
    }

    @Override
    public Object get(String key) {
        return items.get(key);
    }

    /**
     * Sets a value after rendering it once to check it, as mutagen does.
     *
     * @throws IllegalArgumentException for a value mutagen refuses with TypeError/ValueError (its cause is an
     *     {@link MP4MetadataValueError} where mutagen raises that)
     */
    @Override
    public void put(String key, Object value) {
        if (key == null) {
            throw new IllegalArgumentException("key has to be str");
        }
        render(key, value);
        items.put(key, value);
    }

    @Override
    public void remove(String key) {
        if (!items.containsKey(key)) {
            throw new NoSuchElementException(key);
        }
        items.remove(key);
    }

    @Override
    public boolean containsKey(String key) {
        return items.containsKey(key);
    }

    /** Removes every key (failed atoms stay; see {@link #failedAtoms()}). */
    public void clear() {
        items.clear();
    }

    /**
     * The number of keys.
     *
     * @return the number of keys
     */
    public int size() {
        return items.size();
    }

    /**
     * The items in insertion order (a copy).
     *
     * @return the items in insertion order (a copy)
     */
    public Map<String, Object> items() {
        return new LinkedHashMap<>(items);
    }

    /** The rendered {@code ilst} child for a key and value (mutagen's {@code _render}). */
    static byte[] render(String key, Object value) {
        Codec c = CODECS.get(key.length() >= 4 ? key.substring(0, 4) : key);
        if (c == null) {
            return TagRenderers.text(key, value);
        }
        switch (c.kind()) {
            case TEXT:
                return TagRenderers.text(key, value);
            case FREEFORM:
                return TagRenderers.freeform(key, value);
            case PAIR:
                return TagRenderers.pair(key, value, true);
            case PAIR_NO_TRAILING:
                return TagRenderers.pair(key, value, false);
            case GENRE:
                throw new IllegalArgumentException("'NoneType' object is not callable");
            case INTEGER:
                return TagRenderers.integer(key, value, c.width());
            case BOOL:
                return TagRenderers.bool(key, value);
            default:
                return TagRenderers.cover(key, value);
        }
    }

    /** The items as saved: iTunes' order, then by the length and text of the value's repr. */
    List<Map.Entry<String, Object>> sortedForSave() {
        return sortItems(new ArrayList<>(items.entrySet()));
    }

    private static final List<String> SAVE_ORDER = List.of("\u00a9nam", "\u00a9ART", "\u00a9wrt", "\u00a9alb",
            "\u00a9gen", "gnre", "trkn", "disk", "\u00a9day", "cpil", "pgap", "pcst", "tmpo", "\u00a9too", "----",
            "covr", "\u00a9lyr");

    /**
     * The items sorted as mutagen's {@code _item_sort_key} sorts them: by the key's place in iTunes' order, then by
     * the length of the value's repr, then by that repr (a stable sort).
     */
    static List<Map.Entry<String, Object>> sortItems(List<Map.Entry<String, Object>> entries) {
        List<Object[]> keyed = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries) {
            String k = e.getKey();
            int i = SAVE_ORDER.indexOf(k.length() > 4 ? k.substring(0, 4) : k);
            String repr = PyRepr.repr(e.getValue());
            keyed.add(new Object[] {i < 0 ? SAVE_ORDER.size() : i, repr.codePointCount(0, repr.length()), repr, e});
        }
        keyed.sort((a, b) -> {
            int c = Integer.compare((Integer) a[0], (Integer) b[0]);
            if (c == 0) {
                c = Integer.compare((Integer) a[1], (Integer) b[1]);
            }
            return c != 0 ? c : PyCompat.CODEPOINT_ORDER.compare((String) a[2], (String) b[2]);
        });
        List<Map.Entry<String, Object>> out = new ArrayList<>();
        for (Object[] k : keyed) {
            @SuppressWarnings("unchecked")
            Map.Entry<String, Object> e = (Map.Entry<String, Object>) k[3];
            out.add(e);
        }
        return out;
    }

    @Override
    public String pprint() {
        List<String> keys = new ArrayList<>(items.keySet());
        keys.sort(PyCompat.CODEPOINT_ORDER);
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            Object value = items.get(key);
            if (key.equals("covr") && value instanceof List) {
                List<String> parts = new ArrayList<>();
                for (Object c : (List<?>) value) {
                    int n = c instanceof MP4Cover ? ((MP4Cover) c).size() : ((byte[]) c).length;
                    parts.add("[" + n + " bytes of data]");
                }
                lines.add(key + "=" + String.join(", ", parts));
            } else if (value instanceof List) {
                for (Object v : (List<?>) value) {
                    lines.add(line(key, v));
                }
            } else {
                lines.add(line(key, value));
            }
        }
        return String.join("\n", lines);
    }

    private static String line(String key, Object v) {
        return key + "=" + (v instanceof String ? (String) v : PyRepr.repr(v));
    }
}
