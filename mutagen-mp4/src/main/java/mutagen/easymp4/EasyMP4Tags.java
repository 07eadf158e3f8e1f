// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.mp4.Atoms;
import mutagen.mp4.MP4Tags;
import mutagen.util.FileSource;
import mutagen.util.PyCompat;
import mutagen.util.PyRepr;

/**
 * MP4 tags seen as a mapping of case-insensitive keys ({@code title}, {@code tracknumber}, ...) to lists of strings.
 * Mirrors {@code mutagen.easymp4.EasyMP4Tags}: keys are registered class-wide ({@link #registerKey},
 * {@link #registerTextKey}, {@link #registerIntKey}, {@link #registerIntPairKey}, {@link #registerFreeformKey});
 * a key may be a glob pattern. Python's {@code ez[key]} is {@link #getItem} (raising), {@code ez[key] = v}
 * {@link #setItem}, {@code del ez[key]} {@link #delItem}; {@link #get}, {@link #put} and {@link #remove} follow the
 * {@link mutagen.Tags} conventions.
 *
 * <p>It extends {@link MP4Tags} so that {@link EasyMP4#tags()} can be one (Java's return types); the atom-level tags
 * it wraps and saves are {@link #mp4Tags()}, as Python's private {@code __mp4}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class EasyMP4Tags extends MP4Tags {
    /** Reads a key's values from the atom-level tags; {@link NoSuchElementException} (KeyError) when absent. */
    @FunctionalInterface
    public interface Getter {
        /**
         * The values of {@code key}.
         *
         * @param tags the tags
         * @param key the key
         * @return the values of {@code key}
         */
        List<String> get(MP4Tags tags, String key);
    }

    /** Writes a key's values (strings, or what the caller gave) into the atom-level tags. */
    @FunctionalInterface
    public interface Setter {
        /**
         * Sets {@code key} to the values; {@link IllegalArgumentException} for values it cannot take.
         *
         * @param tags the tags
         * @param key the key
         * @param values the values
         */
        void set(MP4Tags tags, String key, List<?> values);
    }

    /** Deletes a key; {@link NoSuchElementException} when absent. */
    @FunctionalInterface
    public interface Deleter {
        /**
         * Deletes {@code key}.
         *
         * @param tags the tags
         * @param key the key
         */
        void delete(MP4Tags tags, String key);
    }

    /** Lists the concrete keys present for a pattern key. */
    @FunctionalInterface
    public interface Lister {
        /**
         * The keys present.
         *
         * @param tags the tags
         * @param key the key
         * @return the keys present
         */
        List<String> list(MP4Tags tags, String key);
    }

    private static final Map<String, Getter> GET = new LinkedHashMap<>();
    private static final Map<String, Setter> SET = new LinkedHashMap<>();
    private static final Map<String, Deleter> DELETE = new LinkedHashMap<>();
    private static final Map<String, Lister> LIST = new LinkedHashMap<>();

    static {
        BuiltinKeys.register();
    }

    private final MP4Tags mp4;

    /** Empty tags. */
    public EasyMP4Tags() {
        mp4 = new MP4Tags();
    }

    /**
     * Reads the tags of a parsed file ({@code EasyMP4Tags(atoms, fileobj)}).
     *
     * @param atoms the atoms
     * @param in the input
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyMP4Tags(Atoms atoms, FileSource in) throws IOException {
        mp4 = new MP4Tags(atoms, in);
    }

    /** The wrapped atom-level tags: what is saved (Python's private {@code __mp4}). */
    @Override
    public MP4Tags mp4Tags() {
        return mp4;
    }

    // ---- registration ----------------------------------------------------------------------------------------

    /**
     * Registers functions for a key (lower-cased; may be a glob pattern); null ones are left as they are.
     *
     * @param key the key
     * @param getter the getter
     * @param setter the setter
     * @param deleter the deleter
     * @param lister the lister
     */
    public static synchronized void registerKey(String key, Getter getter, Setter setter, Deleter deleter,
            Lister lister) {
        key = key.toLowerCase(Locale.ROOT);
        if (getter != null) {
            GET.put(key, getter);
        }
        if (setter != null) {
            SET.put(key, setter);
        }
        if (deleter != null) {
            DELETE.put(key, deleter);
        }
        if (lister != null) {
            LIST.put(key, lister);
        }
    }

    /**
     * A key mapped to one text atom ({@code registerTextKey("artist", "\u00a9ART")}).
     *
     * @param key the key
     * @param atomid the atom name (four bytes)
     */
    public static void registerTextKey(String key, String atomid) {
        BuiltinKeys.text(key, atomid);
    }

    /**
     * A key mapped to an integer atom, values clamped to 0..65535 ({@code RegisterIntKey}).
     *
     * @param key the key
     * @param atomid the atom name (four bytes)
     */
    public static void registerIntKey(String key, String atomid) {
        registerIntKey(key, atomid, 0, (1 << 16) - 1);
    }

    /**
     * A key mapped to an integer atom, values clamped to {@code [min, max]}.
     *
     * @param key the key
     * @param atomid the atom name (four bytes)
     * @param min the min
     * @param max the max
     */
    public static void registerIntKey(String key, String atomid, long min, long max) {
        BuiltinKeys.integer(key, atomid, min, max);
    }

    /**
     * A key mapped to a pair atom ({@code trkn}, {@code disk}), read and written as {@code "3/10"}.
     *
     * @param key the key
     * @param atomid the atom name (four bytes)
     */
    public static void registerIntPairKey(String key, String atomid) {
        registerIntPairKey(key, atomid, 0, (1 << 16) - 1);
    }

    /**
     * A pair key with its numbers clamped to {@code [min, max]}.
     *
     * @param key the key
     * @param atomid the atom name (four bytes)
     * @param min the min
     * @param max the max
     */
    public static void registerIntPairKey(String key, String atomid, long min, long max) {
        BuiltinKeys.pair(key, atomid, min, max);
    }

    /**
     * A key mapped to the freeform atom {@code ----:com.apple.iTunes:NAME}.
     *
     * @param key the key
     * @param name the name
     */
    public static void registerFreeformKey(String key, String name) {
        registerFreeformKey(key, name, "com.apple.iTunes");
    }

    /**
     * A key mapped to the freeform atom {@code ----:MEAN:NAME}, values UTF-8.
     *
     * @param key the key
     * @param name the name
     * @param mean the mean
     */
    public static void registerFreeformKey(String key, String name, String mean) {
        BuiltinKeys.freeform(key, "----:" + mean + ":" + name);
    }

    /**
     * The keys with a getter, in registration order (Python's {@code EasyMP4Tags.Get}).
     *
     * @return the keys with a getter, in registration order (Python's {@code EasyMP4Tags.Get})
     */
    public static synchronized List<String> validKeys() {
        return new ArrayList<>(GET.keySet());
    }

    /** Python's {@code dict_match}: the exact key unless it has a '[', else the first pattern that matches. */
    static synchronized <T> T dictMatch(Map<String, T> d, String key) {
        if (d.containsKey(key) && key.indexOf('[') < 0) {
            return d.get(key);
        }
        for (Map.Entry<String, T> e : d.entrySet()) {
            if (PyCompat.fnmatch(key, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static EasyMP4KeyError invalid(String key) {
        return new EasyMP4KeyError(PyRepr.str(key) + " is not a valid key");
    }

    // ---- dict protocol ---------------------------------------------------------------------------------------

    /**
     * The values of a key (Python's {@code ez[key]}).
     *
     * @param key the key
     * @return the values of a key (Python's {@code ez[key]})
     * @throws EasyMP4KeyError for a key with no registered getter
     * @throws NoSuchElementException when the key is valid but absent (Python's KeyError)
     */
    public List<String> getItem(String key) throws EasyMP4KeyError {
        key = key.toLowerCase(Locale.ROOT);
        Getter g = dictMatch(GET, key);
        if (g == null) {
            throw invalid(key);
        }
        return g.get(mp4, key);
    }

    /**
     * Sets a key (Python's {@code ez[key] = value}): a string is a list of one.
     *
     * @param key the key
     * @param value the value
     * @throws EasyMP4KeyError for a key with no registered setter
     * @throws IllegalArgumentException for values the key cannot take (Python's ValueError/TypeError)
     */
    public void setItem(String key, Object value) throws EasyMP4KeyError {
        key = key.toLowerCase(Locale.ROOT);
        List<?> values = value instanceof String ? List.of(value) : asList(value);
        Setter s = dictMatch(SET, key);
        if (s == null) {
            throw invalid(key);
        }
        s.set(mp4, key, values);
    }

    private static List<?> asList(Object value) {
        if (value instanceof List) {
            return (List<?>) value;
        }
        throw new IllegalArgumentException("'" + PyRepr.repr(value) + "' is not a list of str");
    }

    /**
     * Deletes a key (Python's {@code del ez[key]}).
     *
     * @param key the key
     * @throws EasyMP4KeyError for a key with no registered deleter
     * @throws NoSuchElementException when absent
     */
    public void delItem(String key) throws EasyMP4KeyError {
        key = key.toLowerCase(Locale.ROOT);
        Deleter d = dictMatch(DELETE, key);
        if (d == null) {
            throw invalid(key);
        }
        d.delete(mp4, key);
    }

    /** The values of a key, or {@code null} when absent or not a valid key. */
    @Override
    public List<String> get(String key) {
        try {
            return getItem(key);
        } catch (EasyMP4KeyError | NoSuchElementException e) {
            return null;
        }
    }

    /** Sets a key to a string or a list of strings; {@link IllegalArgumentException} for an invalid key or value. */
    @Override
    public void put(String key, Object value) {
        try {
            setItem(key, value);
        } catch (EasyMP4KeyError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Deletes a key; {@link NoSuchElementException} when absent or not a valid key. */
    @Override
    public void remove(String key) {
        try {
            delItem(key);
        } catch (EasyMP4KeyError e) {
            NoSuchElementException n = new NoSuchElementException(e.getMessage());
            n.initCause(e);
            throw n;
        }
    }

    @Override
    public boolean containsKey(String key) {
        return get(key) != null;
    }

    /** The keys present: each registered key's lister, or the key itself when it can be read. */
    @Override
    public List<String> keys() {
        Map<String, Lister> listers;
        List<String> registered;
        synchronized (EasyMP4Tags.class) {
            listers = new LinkedHashMap<>(LIST);
            registered = new ArrayList<>(GET.keySet());
        }
        List<String> keys = new ArrayList<>();
        for (String key : registered) {
            Lister l = listers.get(key);
            if (l != null) {
                keys.addAll(l.list(mp4, key));
            } else if (containsKey(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Removes every key (Python's {@code DictMixin.clear}); failed atoms stay. */
    @Override
    public void clear() {
        for (String key : keys()) {
            remove(key);
        }
    }

    @Override
    public int size() {
        return keys().size();
    }

    /** The keys and their values, in {@link #keys()} order. */
    @Override
    public Map<String, Object> items() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys()) {
            out.put(key, get(key));
        }
        return out;
    }

    @Override
    public Map<String, List<byte[]>> failedAtoms() {
        return mp4.failedAtoms();
    }

    @Override
    public long padding() {
        return mp4.padding();
    }

    /** {@code key=value} for every value of every key, keys sorted by code point. */
    @Override
    public String pprint() {
        List<String> keys = keys();
        keys.sort(PyCompat.CODEPOINT_ORDER);
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            List<String> values = get(key);
            for (String v : values == null ? List.<String>of() : values) {
                lines.add(key + "=" + v);
            }
        }
        return String.join("\n", lines);
    }
}
