// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easyid3;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.Metadata;
import mutagen.id3.Encoding;
import mutagen.id3.Frame;
import mutagen.id3.Frames;
import mutagen.id3.ID3;
import mutagen.id3.ID3LoadOptions;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.ID3Snapshots;
import mutagen.id3.ID3View;
import mutagen.id3.TXXX;
import mutagen.id3.TextFrame;
import mutagen.util.FileSource;
import mutagen.util.PyCompat;
import mutagen.util.PyRepr;

/**
 * ID3 tags seen as a simple mapping of case-insensitive keys ({@code title}, {@code artist}, ...) to lists of
 * strings, like Vorbis comments.
 *
 * <p>Mirrors {@code mutagen.easyid3.EasyID3}. Keys are registered class-wide with {@link #registerKey},
 * {@link #registerTextKey} and {@link #registerTXXXKey}; a key may be a glob pattern ({@code performer:*}).
 * Python's {@code ez[key]} is {@link #getItem} (raising), the {@link mutagen.Tags} methods {@link #get},
 * {@link #put} and {@link #remove} follow Java's conventions.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class EasyID3 extends Metadata implements ID3View {
    /** Reads a key's values; throws {@link NoSuchElementException} (Python's KeyError) when absent. */
    @FunctionalInterface
    public interface Getter {
        /**
         * {@return the values of {@code key}}
         *
         * @param id3 the id3
         * @param key the key
         * @throws EasyID3KeyError if the data is invalid or cannot be read
         */
        List<String> get(ID3 id3, String key) throws EasyID3KeyError;
    }

    /** Writes a key's values. */
    @FunctionalInterface
    public interface Setter {
        /**
         * Sets {@code key} to the values.
         *
         * @param id3 the id3
         * @param key the key
         * @param values the values
         * @throws EasyID3KeyError if the data is invalid or cannot be read
         */
        void set(ID3 id3, String key, List<String> values) throws EasyID3KeyError;
    }

    /** Deletes a key; throws {@link NoSuchElementException} when absent. */
    @FunctionalInterface
    public interface Deleter {
        /**
         * Deletes {@code key}.
         *
         * @param id3 the id3
         * @param key the key
         * @throws EasyID3KeyError if the data is invalid or cannot be read
         */
        void delete(ID3 id3, String key) throws EasyID3KeyError;
    }

    /** Lists the concrete keys present for a pattern key. */
    @FunctionalInterface
    public interface Lister {
        /**
         * {@return the keys present}
         *
         * @param id3 the id3
         * @param key the key
         */
        List<String> list(ID3 id3, String key);
    }

    static final Map<String, Getter> GET = new LinkedHashMap<>();
    private static final Map<String, Setter> SET = new LinkedHashMap<>();
    static final Map<String, Deleter> DELETE = new LinkedHashMap<>();
    private static final Map<String, Lister> LIST = new LinkedHashMap<>();
    private static Getter defaultGetFallback;
    private static Setter defaultSetFallback;
    private static Deleter defaultDeleteFallback;
    private static Lister defaultListFallback;

    static {
        EasyID3Keys.register();
    }

    private final ID3 id3;
    private Getter getFallback = defaultGetFallback;
    private Setter setFallback = defaultSetFallback;
    private Deleter deleteFallback = defaultDeleteFallback;
    private Lister listFallback = defaultListFallback;

    /** An empty tag. */
    public EasyID3() {
        id3 = new ID3();
    }

    private EasyID3(ID3 id3) {
        this.id3 = id3;
    }

    /**
     * {@return an easy view of a loaded tag: edits through either object show in the other}
     *
     * @param id3 the id3
     */
    public static EasyID3 wrap(ID3 id3) {
        return new EasyID3(java.util.Objects.requireNonNull(id3, "id3"));
    }

    /**
     * Loads the tag of a file.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyID3(Path path) throws IOException {
        id3 = new ID3(path);
    }

    /**
     * Loads the tag from a source.
     *
     * @param source the file to read (or to edit in place)
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyID3(FileSource source, ID3LoadOptions options) throws IOException {
        id3 = new ID3(source, options);
    }

    /**
     * Loads the tag of a file with options.
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public EasyID3(Path path, ID3LoadOptions options) throws IOException {
        id3 = new ID3(path, options);
    }

    /** The wrapped ID3 tag. */
    public ID3 id3() {
        return id3;
    }

    /** {@return the size of the loaded tag} */
    public long size() {
        return id3.size();
    }

    /** {@return the path the tag was loaded from, or {@code null}} */
    public Path filename() {
        return id3.filename();
    }

    /**
     * Loads the tag of a file, replacing the values.
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void load(Path path, ID3LoadOptions options) throws IOException {
        id3.load(path, options);
    }

    // ---- registration --------------------------------------------------------------------------------------

    /**
     * Registers functions for a key (lower-cased; may be a glob pattern). Null functions are left unchanged.
     * Mirrors {@code EasyID3.RegisterKey}.
     *
     * @param key the key
     * @param getter the getter
     * @param setter the setter
     * @param deleter the deleter
     * @param lister the lister
     */
    public static synchronized void registerKey(String key, Getter getter, Setter setter, Deleter deleter,
                                                Lister lister) {
        key = key.toLowerCase(java.util.Locale.ROOT);
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

    /** The getter of a key mapped to one text frame: its text, absent when the frame is. */
    private static final class FrameGetter implements Getter {
        final String frameId;

        FrameGetter(String frameId) {
            this.frameId = frameId;
        }

        @Override
        public List<String> get(ID3 id3, String key) {
            return new ArrayList<>(textOf(require(id3, frameId)));
        }
    }

    /**
     * Maps a key to a text frame ({@code registerTextKey("title", "TIT2")}); new frames are UTF-8.
     *
     * @param key the key
     * @param frameId the frame id
     */
    public static void registerTextKey(String key, String frameId) {
        registerKey(key,
            new FrameGetter(frameId),
            (id3, k, value) -> {
                Frame found = id3.get(frameId);
                Frame frame = found != null ? found : Frames.create(frameId);
                frame.set("encoding", Encoding.UTF8);
                frame.set("text", value);
                if (found == null) {
                    id3.add(frame);
                }
            },
            (id3, k) -> id3.remove(frameId),
            null);
    }

    /**
     * Maps a key to a TXXX frame with the description ({@code registerTXXXKey("barcode", "BARCODE")}); values are
     * written Latin-1 when all ASCII, else UTF-8.
     *
     * @param key the key
     * @param desc the desc
     */
    public static void registerTXXXKey(String key, String desc) {
        String frameId = "TXXX:" + desc;
        registerKey(key,
            new FrameGetter(frameId),
            (id3, k, value) -> {
                // A UTF-16 unit above 0x7F is there exactly when a code point above 0x7F is.
                boolean ascii = value.stream().allMatch(v -> v.chars().allMatch(c -> c <= 0x7F));
                TXXX f = new TXXX();
                f.set("encoding", ascii ? Encoding.LATIN1 : Encoding.UTF8);
                f.set("text", value);
                f.set("desc", desc);
                id3.add(f);
            },
            (id3, k) -> id3.remove(frameId),
            null);
    }

    /**
     * Sets the class-wide fallback getter for unregistered keys, used by instances created later (or null).
     *
     * @param g the getter, or null
     */
    public static synchronized void setDefaultGetFallback(Getter g) {
        defaultGetFallback = g;
    }

    /**
     * Sets the class-wide fallback setter, used by instances created later (or null).
     *
     * @param s the setter, or null
     */
    public static synchronized void setDefaultSetFallback(Setter s) {
        defaultSetFallback = s;
    }

    /**
     * Sets the class-wide fallback deleter, used by instances created later (or null).
     *
     * @param d the deleter, or null
     */
    public static synchronized void setDefaultDeleteFallback(Deleter d) {
        defaultDeleteFallback = d;
    }

    /**
     * Sets the class-wide fallback lister, used by instances created later (or null).
     *
     * @param l the lister, or null
     */
    public static synchronized void setDefaultListFallback(Lister l) {
        defaultListFallback = l;
    }

    /**
     * Sets this tag's fallback getter for unregistered keys ({@code GetFallback}; null for none).
     *
     * @param g the getter, or null
     */
    public void setGetFallback(Getter g) {
        getFallback = g;
    }

    /**
     * Sets this tag's fallback setter ({@code SetFallback}).
     *
     * @param s the setter, or null
     */
    public void setSetFallback(Setter s) {
        setFallback = s;
    }

    /**
     * Sets this tag's fallback deleter ({@code DeleteFallback}).
     *
     * @param d the deleter, or null
     */
    public void setDeleteFallback(Deleter d) {
        deleteFallback = d;
    }

    /**
     * Sets this tag's fallback lister ({@code ListFallback}).
     *
     * @param l the lister, or null
     */
    public void setListFallback(Lister l) {
        listFallback = l;
    }

    /** {@return the registered keys (patterns included), in registration order ({@code valid_keys})} */
    public static synchronized List<String> validKeys() {
        return new ArrayList<>(GET.keySet());
    }

    static Frame require(ID3 id3, String key) {
        Frame f = id3.get(key);
        if (f == null) {
            throw new Absent(key);
        }
        return f;
    }

    /** A built-in getter's "key absent" as mutagen raises it (EasyID3KeyError), without a stack trace (see Absent). */
    static EasyID3KeyError absentKey(String key) {
        return new AbsentKey(key);
    }

    private static final class AbsentKey extends EasyID3KeyError implements mutagen.MutagenError.Stackless {
        private static final long serialVersionUID = 1L;

        AbsentKey(String key) {
            super(key);
        }
    }

    /**
     * A built-in getter's "key absent" (Python's KeyError). keys() and get() ask every registered key, most of them
     * absent, so this carries no stack trace: filling one in per key cost more than the whole tag read.
     */
    private static final class Absent extends NoSuchElementException {
        private static final long serialVersionUID = 1L;

        Absent(String key) {
            super(key);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    static List<String> textOf(Frame f) {
        return f instanceof TextFrame text ? text.text() : List.of(f.str());
    }

    /** The function registered for a key (or matching it as a pattern), else the fallback; none is an error. */
    private static <T> T lookup(Map<String, T> d, String key, T fallback) throws EasyID3KeyError {
        T found = dictMatch(d, key.toLowerCase(java.util.Locale.ROOT), fallback);
        if (found == null) {
            throw new EasyID3KeyError(PyRepr.str(key) + " is not a valid key");
        }
        return found;
    }

    private static <T> T dictMatch(Map<String, T> d, String key, T fallback) {
        synchronized (EasyID3.class) {
            if (d.containsKey(key) && key.indexOf('[') < 0) {
                return d.get(key);
            }
            for (Map.Entry<String, T> e : d.entrySet()) {
                if (PyCompat.fnmatch(key, e.getKey())) {
                    return e.getValue();
                }
            }
            return fallback;
        }
    }

    // ---- dict protocol -------------------------------------------------------------------------------------

    /**
     * {@return the values of a key (Python's {@code ez[key]})}
     *
     * @param key the key
     * @throws EasyID3KeyError for a key with no registered getter
     * @throws NoSuchElementException when the key is valid but absent (Python's KeyError)
     */
    public List<String> getItem(String key) throws EasyID3KeyError {
        Getter g = lookup(GET, key, getFallback);
        return g.get(id3, key);
    }

    /**
     * Sets a key's values (Python's {@code ez[key] = value}).
     *
     * @param key the key
     * @param values the values
     * @throws EasyID3KeyError for a key with no registered setter
     * @throws IllegalArgumentException for values the key cannot take (Python's ValueError)
     */
    public void setItem(String key, List<String> values) throws EasyID3KeyError {
        Setter s = lookup(SET, key, setFallback);
        s.set(id3, key, new ArrayList<>(values));
    }

    /**
     * Sets a key to one value.
     *
     * @param key the key
     * @param value the value
     * @throws EasyID3KeyError if the data is invalid or cannot be read
     */
    public void setItem(String key, String value) throws EasyID3KeyError {
        setItem(key, List.of(value));
    }

    /**
     * Deletes a key (Python's {@code del ez[key]}).
     *
     * @param key the key
     * @throws EasyID3KeyError for a key with no registered deleter
     * @throws NoSuchElementException when absent
     */
    public void delItem(String key) throws EasyID3KeyError {
        Deleter d = lookup(DELETE, key, deleteFallback);
        d.delete(id3, key);
    }

    /** The values of a key, or {@code null} when absent or not a valid key. */
    @Override
    public List<String> get(String key) {
        try {
            return getItem(key);
        } catch (EasyID3KeyError | NoSuchElementException e) {
            return null;
        }
    }

    /**
     * Sets a key to a string or a list of strings.
     *
     * @throws IllegalArgumentException for an invalid key (cause {@link EasyID3KeyError}) or value
     */
    @Override
    public void put(String key, Object value) {
        List<String> values;
        if (value instanceof String text) {
            values = List.of(text);
        } else if (value instanceof List<?> list) {
            values = new ArrayList<>();
            for (Object o : list) {
                values.add(String.valueOf(o));
            }
        } else {
            throw new IllegalArgumentException("value must be a str or a list of str");
        }
        try {
            setItem(key, values);
        } catch (EasyID3KeyError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Deletes a key.
     *
     * @throws NoSuchElementException when absent or not a valid key
     */
    @Override
    public void remove(String key) {
        try {
            delItem(key);
        } catch (EasyID3KeyError e) {
            throw new NoSuchElementException(e.getMessage(), e);
        }
    }

    @Override
    public boolean containsKey(String key) {
        return get(key) != null;
    }

    /** The keys present: each registered key's lister, or the key itself when it can be read. */
    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        Map<String, Getter> registered;
        Map<String, Lister> listers;
        synchronized (EasyID3.class) {
            registered = new LinkedHashMap<>(GET);
            listers = new LinkedHashMap<>(LIST);
        }
        for (Map.Entry<String, Getter> e : registered.entrySet()) {
            String key = e.getKey();
            Lister l = listers.get(key);
            if (l != null) {
                keys.addAll(l.list(id3, key));
            } else if (e.getValue() instanceof FrameGetter text) {
                // A text-frame key is present exactly when its frame is: no getter call, no absent-key error.
                if (id3.get(text.frameId) != null) {
                    keys.add(key);
                }
            } else if (containsKey(key)) {
                keys.add(key);
            }
        }
        Lister fb = listFallback;
        if (fb != null) {
            keys.addAll(fb.list(id3, ""));
        }
        return keys;
    }

    /** {@code key=value} lines for every value of every key, sorted by key. */
    @Override
    public String pprint() {
        List<String> keys = keys();
        keys.sort(PyCompat.CODEPOINT_ORDER);
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            List<String> values = get(key);
            if (values == null) {
                continue;
            }
            for (String v : values) {
                lines.add(key + "=" + v);
            }
        }
        return String.join("\n", lines);
    }

    // ---- saving --------------------------------------------------------------------------------------------

    /** Saves as ID3v2.4 into the file at the path (created when missing). */
    @Override
    public void save(Path path) throws IOException {
        save(path, ID3SaveOptions.defaults());
    }

    /**
     * Saves into the file at the path. For v2.3 the frames are converted with {@code updateToV23()} for the save
     * and restored afterwards, even on error.
     *
     * @param path the file's path
     * @param options the options
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(Path path, ID3SaveOptions options) throws IOException {
        saveAs(options, () -> id3.save(path, options));
    }

    /** Saves into a writable source (not committed); v2.3 as {@link #save(Path, ID3SaveOptions)}. */
    public void save(FileSource target, ID3SaveOptions options) throws IOException {
        saveAs(options, () -> id3.save(target, options));
    }

    /** Runs a save, for v2.3 with the frames converted for it and restored afterwards, even on error. */
    private void saveAs(ID3SaveOptions options, mutagen.util.ErrorFactory.IoRun save) throws IOException {
        if (options.v2Version() != 3) {
            save.run();
            return;
        }
        Object backup = ID3Snapshots.take(id3);
        try {
            id3.updateToV23();
            save.run();
        } finally {
            ID3Snapshots.restore(id3, backup);
        }
    }

    /** Removes the ID3 tags from the file at the path and clears the values. */
    @Override
    public void delete(Path path) throws IOException {
        id3.delete(path);
    }

    @Override
    public String toString() {
        return "EasyID3(" + id3 + ")";
    }
}
