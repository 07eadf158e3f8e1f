// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easyid3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import mutagen.id3.RVA2;
import mutagen.id3.TCON;
import mutagen.id3.TDOR;
import mutagen.id3.TDRC;
import mutagen.id3.TMCL;
import mutagen.id3.TXXX;
import mutagen.id3.TextFrame;
import mutagen.id3.TimeStampTextFrame;
import mutagen.id3.UFID;
import mutagen.id3.WOAR;
import mutagen.util.FileSource;
import mutagen.util.PyRepr;

/**
 * ID3 tags seen as a simple mapping of case-insensitive keys ({@code title}, {@code artist}, ...) to lists of
 * strings, like Vorbis comments.
 *
 * <p>Mirrors {@code mutagen.easyid3.EasyID3}. Keys are registered class-wide with {@link #registerKey},
 * {@link #registerTextKey} and {@link #registerTXXXKey}; a key may be a glob pattern ({@code performer:*}).
 * Python's {@code ez[key]} is {@link #getItem} (raising), the {@link mutagen.Tags} methods {@link #get},
 * {@link #put} and {@link #remove} follow Java's conventions.
 */
public class EasyID3 extends Metadata {
    /** Reads a key's values; throws {@link NoSuchElementException} (Python's KeyError) when absent. */
    @FunctionalInterface
    public interface Getter {
        /** The values of {@code key}. */
        List<String> get(ID3 id3, String key) throws EasyID3KeyError;
    }

    /** Writes a key's values. */
    @FunctionalInterface
    public interface Setter {
        /** Sets {@code key} to the values. */
        void set(ID3 id3, String key, List<String> values) throws EasyID3KeyError;
    }

    /** Deletes a key; throws {@link NoSuchElementException} when absent. */
    @FunctionalInterface
    public interface Deleter {
        /** Deletes {@code key}. */
        void delete(ID3 id3, String key) throws EasyID3KeyError;
    }

    /** Lists the concrete keys present for a pattern key. */
    @FunctionalInterface
    public interface Lister {
        /** The keys present. */
        List<String> list(ID3 id3, String key);
    }

    private static final Map<String, Getter> GET = new LinkedHashMap<>();
    private static final Map<String, Setter> SET = new LinkedHashMap<>();
    private static final Map<String, Deleter> DELETE = new LinkedHashMap<>();
    private static final Map<String, Lister> LIST = new LinkedHashMap<>();
    private static Getter defaultGetFallback;
    private static Setter defaultSetFallback;
    private static Deleter defaultDeleteFallback;
    private static Lister defaultListFallback;

    static {
        registerDefaults();
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

    /** An easy view of a loaded tag: edits through either object show in the other. */
    public static EasyID3 wrap(ID3 id3) {
        return new EasyID3(java.util.Objects.requireNonNull(id3, "id3"));
    }

    /** Loads the tag of a file. */
    public EasyID3(Path path) throws IOException {
        id3 = new ID3(path);
    }

    /** Loads the tag from a source. */
    public EasyID3(FileSource source, ID3LoadOptions options) throws IOException {
        id3 = new ID3(source, options);
    }

    /** Loads the tag of a file with options. */
    public EasyID3(Path path, ID3LoadOptions options) throws IOException {
        id3 = new ID3(path, options);
    }

    /** The wrapped ID3 tag. */
    public ID3 id3() {
        return id3;
    }

    /** The size of the loaded tag. */
    public long size() {
        return id3.size();
    }

    /** The path the tag was loaded from, or {@code null}. */
    public Path filename() {
        return id3.filename();
    }

    /** Loads the tag of a file, replacing the values. */
    public void load(Path path, ID3LoadOptions options) throws IOException {
        id3.load(path, options);
    }

    // ---- registration --------------------------------------------------------------------------------------

    /**
     * Registers functions for a key (lower-cased; may be a glob pattern). Null functions are left unchanged.
     * Mirrors {@code EasyID3.RegisterKey}.
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

    /** Maps a key to a text frame ({@code registerTextKey("title", "TIT2")}); new frames are UTF-8. */
    public static void registerTextKey(String key, String frameId) {
        registerKey(key,
            new FrameGetter(frameId),
            (id3, k, value) -> {
                Frame frame = id3.get(frameId);
                if (frame == null) {
                    Frame f = Frames.create(frameId);
                    f.set("encoding", Encoding.UTF8);
                    f.set("text", value);
                    id3.add(f);
                } else {
                    frame.set("encoding", Encoding.UTF8);
                    frame.set("text", value);
                }
            },
            (id3, k) -> id3.remove(frameId),
            null);
    }

    /**
     * Maps a key to a TXXX frame with the description ({@code registerTXXXKey("barcode", "BARCODE")}); values are
     * written Latin-1 when all ASCII, else UTF-8.
     */
    public static void registerTXXXKey(String key, String desc) {
        String frameId = "TXXX:" + desc;
        registerKey(key,
            new FrameGetter(frameId),
            (id3, k, value) -> {
                Encoding enc = Encoding.LATIN1;
                for (String v : value) {
                    if (!v.isEmpty() && maxChar(v) > 0x7F) {
                        enc = Encoding.UTF8;
                        break;
                    }
                }
                TXXX f = new TXXX();
                f.set("encoding", enc);
                f.set("text", value);
                f.set("desc", desc);
                id3.add(f);
            },
            (id3, k) -> id3.remove(frameId),
            null);
    }

    /** Sets the class-wide fallback getter for unregistered keys, used by instances created later (or null). */
    public static synchronized void setDefaultGetFallback(Getter g) {
        defaultGetFallback = g;
    }

    /** Sets the class-wide fallback setter, used by instances created later (or null). */
    public static synchronized void setDefaultSetFallback(Setter s) {
        defaultSetFallback = s;
    }

    /** Sets the class-wide fallback deleter, used by instances created later (or null). */
    public static synchronized void setDefaultDeleteFallback(Deleter d) {
        defaultDeleteFallback = d;
    }

    /** Sets the class-wide fallback lister, used by instances created later (or null). */
    public static synchronized void setDefaultListFallback(Lister l) {
        defaultListFallback = l;
    }

    /** Sets this tag's fallback getter for unregistered keys ({@code GetFallback}; null for none). */
    public void setGetFallback(Getter g) {
        getFallback = g;
    }

    /** Sets this tag's fallback setter ({@code SetFallback}). */
    public void setSetFallback(Setter s) {
        setFallback = s;
    }

    /** Sets this tag's fallback deleter ({@code DeleteFallback}). */
    public void setDeleteFallback(Deleter d) {
        deleteFallback = d;
    }

    /** Sets this tag's fallback lister ({@code ListFallback}). */
    public void setListFallback(Lister l) {
        listFallback = l;
    }

    /** The registered keys (patterns included), in registration order ({@code valid_keys}). */
    public static synchronized List<String> validKeys() {
        return new ArrayList<>(GET.keySet());
    }

    private static int maxChar(String s) {
        int m = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            m = Math.max(m, cp);
            i += Character.charCount(cp);
        }
        return m;
    }

    static Frame require(ID3 id3, String key) {
        Frame f = id3.get(key);
        if (f == null) {
            throw new Absent(key);
        }
        return f;
    }

    /** A built-in getter's "key absent" as mutagen raises it (EasyID3KeyError), without a stack trace (see Absent). */
    private static EasyID3KeyError absentKey(String key) {
        return new AbsentKey(key);
    }

    private static final class AbsentKey extends EasyID3KeyError {
        private static final long serialVersionUID = 1L;

        AbsentKey(String key) {
            super(key);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
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
        if (f instanceof TextFrame) {
            return ((TextFrame) f).text();
        }
        return List.of(f.str());
    }

    /** Python's {@code fnmatch.fnmatchcase}. */
    static boolean fnmatch(String name, String pattern) {
        return match(name, 0, pattern, 0);
    }

    private static boolean match(String s, int si, String p, int pi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = s.length(); k >= si; k--) {
                    if (match(s, k, p, pi + 1)) {
                        return true;
                    }
                }
                return false;
            } else if (c == '?') {
                if (si >= s.length()) {
                    return false;
                }
                si++;
                pi++;
            } else if (c == '[') {
                int end = p.indexOf(']', pi + 2);
                if (end < 0) {
                    if (si >= s.length() || s.charAt(si) != '[') {
                        return false;
                    }
                    si++;
                    pi++;
                    continue;
                }
                if (si >= s.length()) {
                    return false;
                }
                String set = p.substring(pi + 1, end);
                boolean negate = set.startsWith("!");
                if (negate) {
                    set = set.substring(1);
                }
                char ch = s.charAt(si);
                boolean found = false;
                for (int k = 0; k < set.length(); k++) {
                    if (k + 2 < set.length() && set.charAt(k + 1) == '-') {
                        if (ch >= set.charAt(k) && ch <= set.charAt(k + 2)) {
                            found = true;
                        }
                        k += 2;
                    } else if (set.charAt(k) == ch) {
                        found = true;
                    }
                }
                if (found == negate) {
                    return false;
                }
                si++;
                pi = end + 1;
            } else {
                if (si >= s.length() || s.charAt(si) != c) {
                    return false;
                }
                si++;
                pi++;
            }
        }
        return si == s.length();
    }

    private static <T> T dictMatch(Map<String, T> d, String key, T fallback) {
        synchronized (EasyID3.class) {
            if (d.containsKey(key) && key.indexOf('[') < 0) {
                return d.get(key);
            }
            for (Map.Entry<String, T> e : d.entrySet()) {
                if (fnmatch(key, e.getKey())) {
                    return e.getValue();
                }
            }
            return fallback;
        }
    }

    // ---- dict protocol -------------------------------------------------------------------------------------

    /**
     * The values of a key (Python's {@code ez[key]}).
     *
     * @throws EasyID3KeyError for a key with no registered getter
     * @throws NoSuchElementException when the key is valid but absent (Python's KeyError)
     */
    public List<String> getItem(String key) throws EasyID3KeyError {
        Getter g = dictMatch(GET, key.toLowerCase(java.util.Locale.ROOT), getFallback);
        if (g == null) {
            throw new EasyID3KeyError(PyRepr.str(key) + " is not a valid key");
        }
        return g.get(id3, key);
    }

    /**
     * Sets a key's values (Python's {@code ez[key] = value}).
     *
     * @throws EasyID3KeyError for a key with no registered setter
     * @throws IllegalArgumentException for values the key cannot take (Python's ValueError)
     */
    public void setItem(String key, List<String> values) throws EasyID3KeyError {
        Setter s = dictMatch(SET, key.toLowerCase(java.util.Locale.ROOT), setFallback);
        if (s == null) {
            throw new EasyID3KeyError(PyRepr.str(key) + " is not a valid key");
        }
        s.set(id3, key, new ArrayList<>(values));
    }

    /** Sets a key to one value. */
    public void setItem(String key, String value) throws EasyID3KeyError {
        setItem(key, List.of(value));
    }

    /**
     * Deletes a key (Python's {@code del ez[key]}).
     *
     * @throws EasyID3KeyError for a key with no registered deleter
     * @throws NoSuchElementException when absent
     */
    public void delItem(String key) throws EasyID3KeyError {
        Deleter d = dictMatch(DELETE, key.toLowerCase(java.util.Locale.ROOT), deleteFallback);
        if (d == null) {
            throw new EasyID3KeyError(PyRepr.str(key) + " is not a valid key");
        }
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
        if (value instanceof String) {
            values = List.of((String) value);
        } else if (value instanceof List) {
            values = new ArrayList<>();
            for (Object o : (List<?>) value) {
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
        List<String> keys = new ArrayList<>();
        List<Map.Entry<String, Getter>> registered;
        Map<String, Lister> listers;
        synchronized (EasyID3.class) {
            registered = new ArrayList<>(GET.entrySet().size());
            for (Map.Entry<String, Getter> e : GET.entrySet()) {
                registered.add(Map.entry(e.getKey(), e.getValue()));
            }
            listers = new LinkedHashMap<>(LIST);
        }
        for (Map.Entry<String, Getter> e : registered) {
            String key = e.getKey();
            Lister l = listers.get(key);
            if (l != null) {
                keys.addAll(l.list(id3, key));
            } else if (e.getValue() instanceof FrameGetter) {
                // A text-frame key is present exactly when its frame is: no getter call, no absent-key error.
                if (id3.get(((FrameGetter) e.getValue()).frameId) != null) {
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
        keys.sort((a, b) -> {
            // Python orders str by code point.
            int c = comparePy(a, b);
            return c;
        });
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

    private static int comparePy(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(i);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
        }
        return Integer.compare(a.length() - i, b.length() - i);
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
     */
    public void save(Path path, ID3SaveOptions options) throws IOException {
        if (options.v2Version() == 3) {
            Object backup = Snapshots.take(id3);
            try {
                id3.updateToV23();
                id3.save(path, options);
            } finally {
                Snapshots.restore(id3, backup);
            }
        } else {
            id3.save(path, options);
        }
    }

    /** Saves into a writable source (not committed); v2.3 as {@link #save(Path, ID3SaveOptions)}. */
    public void save(FileSource target, ID3SaveOptions options) throws IOException {
        if (options.v2Version() == 3) {
            Object backup = Snapshots.take(id3);
            try {
                id3.updateToV23();
                id3.save(target, options);
            } finally {
                Snapshots.restore(id3, backup);
            }
        } else {
            id3.save(target, options);
        }
    }

    /** Removes the ID3 tags from the file at the path and clears the values. */
    @Override
    public void delete(Path path) throws IOException {
        id3.delete(path);
    }

    // ---- the built-in keys ---------------------------------------------------------------------------------

    private static void registerDefaults() {
        String[][] text = {
            {"TALB", "album"}, {"TBPM", "bpm"}, {"TCMP", "compilation"}, {"TCOM", "composer"},
            {"TCOP", "copyright"}, {"TENC", "encodedby"}, {"TEXT", "lyricist"}, {"TLEN", "length"},
            {"TMED", "media"}, {"TMOO", "mood"}, {"TIT1", "grouping"}, {"TIT2", "title"}, {"TIT3", "version"},
            {"TPE1", "artist"}, {"TPE2", "albumartist"}, {"TPE3", "conductor"}, {"TPE4", "arranger"},
            {"TPOS", "discnumber"}, {"TPUB", "organization"}, {"TRCK", "tracknumber"}, {"TOLY", "author"},
            {"TSO2", "albumartistsort"}, {"TSOA", "albumsort"}, {"TSOC", "composersort"}, {"TSOP", "artistsort"},
            {"TSOT", "titlesort"}, {"TSRC", "isrc"}, {"TSST", "discsubtitle"}, {"TLAN", "language"},
        };
        for (String[] t : text) {
            registerTextKey(t[1], t[0]);
        }
        registerKey("genre",
            (id3, k) -> ((TCON) require(id3, "TCON")).genres(),
            (id3, k, value) -> {
                Frame frame = id3.get("TCON");
                if (frame == null) {
                    id3.add(new TCON(Encoding.UTF8, value));
                } else {
                    frame.set("encoding", Encoding.UTF8);
                    ((TCON) frame).setGenres(value);
                }
            },
            (id3, k) -> id3.remove("TCON"), null);
        registerKey("date",
            (id3, k) -> ((TimeStampTextFrame) require(id3, "TDRC")).text(),
            (id3, k, value) -> id3.add(new TDRC(Encoding.UTF8, value)),
            (id3, k) -> id3.remove("TDRC"), null);
        registerKey("originaldate",
            (id3, k) -> ((TimeStampTextFrame) require(id3, "TDOR")).text(),
            (id3, k, value) -> id3.add(new TDOR(Encoding.UTF8, value)),
            (id3, k) -> id3.remove("TDOR"), null);
        registerKey("performer:*", EasyID3::performerGet, EasyID3::performerSet, EasyID3::performerDelete,
            EasyID3::performerList);
        registerKey("musicbrainz_trackid",
            (id3, k) -> {
                byte[] data = ((UFID) require(id3, "UFID:http://musicbrainz.org")).data();
                for (byte b : data) {
                    if (b < 0) {
                        throw new IllegalArgumentException("'ascii' codec can't decode the track ID");
                    }
                }
                return new ArrayList<>(List.of(new String(data, StandardCharsets.US_ASCII)));
            },
            (id3, k, value) -> {
                if (value.size() != 1) {
                    throw new IllegalArgumentException("only one track ID may be set per song");
                }
                String v = value.get(0);
                for (int i = 0; i < v.length(); i++) {
                    if (v.charAt(i) > 0x7F) {
                        throw new IllegalArgumentException("'ascii' codec can't encode the track ID");
                    }
                }
                byte[] data = v.getBytes(StandardCharsets.US_ASCII);
                Frame frame = id3.get("UFID:http://musicbrainz.org");
                if (frame == null) {
                    id3.add(new UFID("http://musicbrainz.org", data));
                } else {
                    frame.set("data", data);
                }
            },
            (id3, k) -> id3.remove("UFID:http://musicbrainz.org"), null);
        registerKey("website",
            (id3, k) -> {
                List<String> urls = new ArrayList<>();
                for (Frame f : id3.getall("WOAR")) {
                    urls.add(((WOAR) f).url());
                }
                if (urls.isEmpty()) {
                    throw absentKey(k);
                }
                return urls;
            },
            (id3, k, value) -> {
                id3.delall("WOAR");
                for (String v : value) {
                    id3.add(new WOAR(v));
                }
            },
            (id3, k) -> id3.delall("WOAR"), null);
        registerKey("replaygain_*_gain", EasyID3::gainGet, EasyID3::gainSet, EasyID3::gainDelete,
            EasyID3::peakGainList);
        registerKey("replaygain_*_peak", EasyID3::peakGet, EasyID3::peakSet, EasyID3::peakDelete, null);
        String[][] txxx = {
            {"MusicBrainz Artist Id", "musicbrainz_artistid"}, {"MusicBrainz Album Id", "musicbrainz_albumid"},
            {"MusicBrainz Album Artist Id", "musicbrainz_albumartistid"},
            {"MusicBrainz TRM Id", "musicbrainz_trmid"}, {"MusicIP PUID", "musicip_puid"},
            {"MusicMagic Fingerprint", "musicip_fingerprint"},
            {"MusicBrainz Album Status", "musicbrainz_albumstatus"},
            {"MusicBrainz Album Type", "musicbrainz_albumtype"},
            {"MusicBrainz Album Release Country", "releasecountry"}, {"MusicBrainz Disc Id", "musicbrainz_discid"},
            {"ASIN", "asin"}, {"PERFORMER", "performer"}, {"BARCODE", "barcode"},
            {"CATALOGNUMBER", "catalognumber"}, {"MusicBrainz Release Track Id", "musicbrainz_releasetrackid"},
            {"MusicBrainz Release Group Id", "musicbrainz_releasegroupid"},
            {"MusicBrainz Work Id", "musicbrainz_workid"}, {"Acoustid Fingerprint", "acoustid_fingerprint"},
            {"Acoustid Id", "acoustid_id"},
        };
        for (String[] t : txxx) {
            registerTXXXKey(t[1], t[0]);
        }
        // albumartistsort falls back to TXXX:ALBUMARTISTSORT for reading and deleting.
        Getter origGet = GET.get("albumartistsort");
        Deleter origDel = DELETE.get("albumartistsort");
        GET.put("albumartistsort", (id3, k) -> {
            try {
                return origGet.get(id3, k);
            } catch (NoSuchElementException e) {
                try {
                    return new ArrayList<>(textOf(require(id3, "TXXX:ALBUMARTISTSORT")));
                } catch (NoSuchElementException e2) {
                    throw e;
                }
            }
        });
        DELETE.put("albumartistsort", (id3, k) -> {
            NoSuchElementException first = null;
            try {
                origDel.delete(id3, k);
            } catch (NoSuchElementException e) {
                first = e;
            }
            try {
                id3.remove("TXXX:ALBUMARTISTSORT");
            } catch (NoSuchElementException e) {
                if (first != null) {
                    throw first;
                }
            }
        });
    }

    private static String role(String key) {
        int i = key.indexOf(':');
        return key.substring(i + 1);
    }

    private static List<String> performerGet(ID3 id3, String key) {
        String wanted = role(key);
        TMCL mcl = (TMCL) id3.get("TMCL");
        if (mcl == null) {
            throw new NoSuchElementException(key);
        }
        List<String> people = new ArrayList<>();
        for (List<String> p : mcl.people()) {
            if (p.get(0).equals(wanted)) {
                people.add(p.get(1));
            }
        }
        if (people.isEmpty()) {
            throw new NoSuchElementException(key);
        }
        return people;
    }

    private static void performerSet(ID3 id3, String key, List<String> value) {
        String wanted = role(key);
        TMCL mcl = (TMCL) id3.get("TMCL");
        if (mcl == null) {
            mcl = new TMCL(Encoding.UTF8, List.of());
            id3.add(mcl);
        }
        mcl.setEncoding(Encoding.UTF8);
        List<List<String>> people = new ArrayList<>();
        for (List<String> p : mcl.people()) {
            if (!p.get(0).equals(wanted)) {
                people.add(p);
            }
        }
        for (String v : value) {
            people.add(List.of(wanted, v));
        }
        mcl.setPeople(people);
    }

    private static void performerDelete(ID3 id3, String key) {
        String wanted = role(key);
        TMCL mcl = (TMCL) id3.get("TMCL");
        if (mcl == null) {
            throw new NoSuchElementException(key);
        }
        List<List<String>> people = new ArrayList<>();
        for (List<String> p : mcl.people()) {
            if (!p.get(0).equals(wanted)) {
                people.add(p);
            }
        }
        if (people.equals(mcl.people())) {
            throw new NoSuchElementException(key);
        } else if (!people.isEmpty()) {
            mcl.setPeople(people);
        } else {
            id3.remove("TMCL");
        }
    }

    private static List<String> performerList(ID3 id3, String key) {
        TMCL mcl = (TMCL) id3.get("TMCL");
        if (mcl == null) {
            return List.of();
        }
        // NOTE: Python builds a set here, so its order is arbitrary; first-seen order is used instead.
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (List<String> p : mcl.people()) {
            keys.add("performer:" + p.get(0));
        }
        return new ArrayList<>(keys);
    }

    private static String rgDesc(String key) {
        return key.length() >= 16 ? key.substring(11, key.length() - 5) : "";
    }

    private static List<String> gainGet(ID3 id3, String key) throws EasyID3KeyError {
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame == null) {
            throw absentKey(key);
        }
        return new ArrayList<>(List.of(PyRepr.signedFixed(frame.gain(), 6) + " dB"));
    }

    private static void gainSet(ID3 id3, String key, List<String> value) {
        if (value.size() != 1) {
            throw new IllegalArgumentException("there must be exactly one gain value, not " + PyRepr.repr(value));
        }
        String first = value.get(0).trim().split("\\s+", 2)[0];
        double gain = parseFloat(first);
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame == null) {
            frame = new RVA2(rgDesc(key), 1, 0, 0);
            id3.add(frame);
        }
        frame.setGain(gain);
    }

    private static void gainDelete(ID3 id3, String key) {
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame != null) {
            if (frame.peak() != 0) {
                frame.setGain(0.0);
            } else {
                id3.remove("RVA2:" + rgDesc(key));
            }
        }
    }

    private static List<String> peakGet(ID3 id3, String key) throws EasyID3KeyError {
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame == null) {
            throw absentKey(key);
        }
        return new ArrayList<>(List.of(PyRepr.fixed(frame.peak(), 6)));
    }

    private static void peakSet(ID3 id3, String key, List<String> value) {
        if (value.size() != 1) {
            throw new IllegalArgumentException("there must be exactly one peak value, not " + PyRepr.repr(value));
        }
        double peak = parseFloat(value.get(0));
        if (peak >= 2 || peak < 0) {
            throw new IllegalArgumentException("peak must be => 0 and < 2.");
        }
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame == null) {
            frame = new RVA2(rgDesc(key), 1, 0, 0);
            id3.add(frame);
        }
        frame.setPeak(peak);
    }

    private static void peakDelete(ID3 id3, String key) {
        RVA2 frame = (RVA2) id3.get("RVA2:" + rgDesc(key));
        if (frame != null) {
            if (frame.gain() != 0) {
                frame.setPeak(0.0);
            } else {
                id3.remove("RVA2:" + rgDesc(key));
            }
        }
    }

    private static List<String> peakGainList(ID3 id3, String key) {
        List<String> keys = new ArrayList<>();
        for (Frame f : id3.getall("RVA2")) {
            String desc = ((RVA2) f).desc();
            keys.add("replaygain_" + desc + "_gain");
            keys.add("replaygain_" + desc + "_peak");
        }
        return keys;
    }

    /** Python's {@code float(str)} for the common forms. */
    private static double parseFloat(String s) {
        String t = s.trim();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("+inf") || lower.equals("infinity") || lower.equals("+infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (lower.equals("-inf") || lower.equals("-infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        if (lower.equals("nan") || lower.equals("+nan") || lower.equals("-nan")) {
            return Double.NaN;
        }
        if (t.isEmpty() || !t.matches("[+-]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException("could not convert string to float: " + PyRepr.str(s));
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    @Override
    public String toString() {
        return "EasyID3(" + id3 + ")";
    }

    /** Access to ID3Tags snapshots, which are package-private in mutagen.id3. */
    private static final class Snapshots {
        private Snapshots() {
        }

        static Object take(ID3 id3) {
            return mutagen.id3.ID3Snapshots.take(id3);
        }

        static void restore(ID3 id3, Object snapshot) {
            mutagen.id3.ID3Snapshots.restore(id3, snapshot);
        }
    }

}
