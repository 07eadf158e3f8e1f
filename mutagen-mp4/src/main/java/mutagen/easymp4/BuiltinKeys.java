// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import java.math.BigInteger;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import mutagen.mp4.MP4FreeForm;
import mutagen.mp4.MP4Pair;
import mutagen.mp4.MP4Tags;
import mutagen.util.PyRepr;
import mutagen.util.Text;

/** The functions behind the {@code register*Key} helpers and the keys mutagen registers at import. */
final class BuiltinKeys {
    private BuiltinKeys() {
    }

    private static final String[][] TEXT = {{"\u00a9nam", "title"}, {"\u00a9alb", "album"}, {"\u00a9ART", "artist"},
        {"aART", "albumartist"}, {"\u00a9day", "date"}, {"\u00a9cmt", "comment"}, {"desc", "description"},
        {"\u00a9grp", "grouping"}, {"\u00a9gen", "genre"}, {"cprt", "copyright"}, {"soal", "albumsort"},
        {"soaa", "albumartistsort"}, {"soar", "artistsort"}, {"sonm", "titlesort"}, {"soco", "composersort"}};

    private static final String[][] FREEFORM = {{"MusicBrainz Artist Id", "musicbrainz_artistid"},
        {"MusicBrainz Track Id", "musicbrainz_trackid"}, {"MusicBrainz Album Id", "musicbrainz_albumid"},
        {"MusicBrainz Album Artist Id", "musicbrainz_albumartistid"}, {"MusicIP PUID", "musicip_puid"},
        {"MusicBrainz Album Status", "musicbrainz_albumstatus"}, {"MusicBrainz Album Type", "musicbrainz_albumtype"},
        {"MusicBrainz Release Country", "releasecountry"}};

    /** mutagen.easymp4's module-level registrations, in its order. */
    static void register() {
        for (String[] t : TEXT) {
            text(t[1], t[0]);
        }
        for (String[] f : FREEFORM) {
            EasyMP4Tags.registerFreeformKey(f[1], f[0]);
        }
        EasyMP4Tags.registerIntKey("bpm", "tmpo");
        EasyMP4Tags.registerIntPairKey("tracknumber", "trkn");
        EasyMP4Tags.registerIntPairKey("discnumber", "disk");
    }

    /** Python's {@code tags[atomid]}: the value, or KeyError. */
    private static Object require(MP4Tags tags, String atomid) {
        Object v = tags.get(atomid);
        if (v == null) {
            throw new NoSuchElementException(PyRepr.str(atomid));
        }
        return v;
    }

    private static void delete(MP4Tags tags, String atomid) {
        tags.remove(atomid);
    }

    static void text(String key, String atomid) {
        EasyMP4Tags.registerKey(key, (tags, k) -> {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) require(tags, atomid)) {
                out.add((String) o);
            }
            return out;
        }, (tags, k, values) -> tags.put(atomid, new ArrayList<>(values)), (tags, k) -> delete(tags, atomid), null);
    }

    static void integer(String key, String atomid, long min, long max) {
        EasyMP4Tags.registerKey(key, (tags, k) -> {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) require(tags, atomid)) {
                out.add(String.valueOf(o));
            }
            return out;
        }, (tags, k, values) -> {
            List<Object> ints = new ArrayList<>();
            for (Object v : values) {
                ints.add(clamp(pyInt(v), min, max));
            }
            tags.put(atomid, ints);
        }, (tags, k) -> delete(tags, atomid), null);
    }

    static void pair(String key, String atomid, long min, long max) {
        EasyMP4Tags.registerKey(key, (tags, k) -> {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) require(tags, atomid)) {
                MP4Pair p = (MP4Pair) o;
                out.add(p.total() != 0 ? p.number() + "/" + p.total() : String.valueOf(p.number()));
            }
            return out;
        }, (tags, k, values) -> {
            List<Object> data = new ArrayList<>();
            for (Object v : values) {
                data.add(parsePair(v, min, max));
            }
            tags.put(atomid, data);
        }, (tags, k) -> delete(tags, atomid), null);
    }

    /** {@code "3/10"} or {@code "3"} (total {@code min}); a value that is no string has no {@code split}. */
    private static MP4Pair parsePair(Object v, long min, long max) {
        if (!(v instanceof String)) {
            throw new IllegalArgumentException("'" + pyType(v) + "' object has no attribute 'split'");
        }
        String[] parts = ((String) v).split("/", -1);
        if (parts.length == 2) {
            try {
                long track = clamp(pyInt(parts[0]), min, max);
                long total = clamp(pyInt(parts[1]), min, max);
                return new MP4Pair(track, total);
            } catch (IllegalArgumentException e) {
                // Python falls back to int(v)
            }
        }
        return new MP4Pair(clamp(pyInt(v), min, max), min);
    }

    static void freeform(String key, String atomid) {
        EasyMP4Tags.registerKey(key, (tags, k) -> {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) require(tags, atomid)) {
                byte[] d = o instanceof MP4FreeForm ? ((MP4FreeForm) o).data() : (byte[]) o;
                out.add(utf8Replace(d));
            }
            return out;
        }, (tags, k, values) -> {
            List<Object> encoded = new ArrayList<>();
            for (Object v : values) {
                if (!(v instanceof String)) {
                    throw new IllegalArgumentException(PyRepr.repr(v) + " not str");
                }
                encoded.add(((String) v).getBytes(StandardCharsets.UTF_8));
            }
            tags.put(atomid, encoded);
        }, (tags, k) -> delete(tags, atomid), null);
    }

    /** {@code bytes.decode("utf-8", "replace")}. */
    private static String utf8Replace(byte[] d) {
        try {
            return Text.decode(d, 0, d.length, StandardCharsets.UTF_8, CodingErrorAction.REPLACE);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("replace mode does not fail", e);
        }
    }

    private static final Pattern INT = Pattern.compile("[+-]?[0-9]+(?:_[0-9]+)*");

    /** Python's {@code int(v)} for a str, an int, a bool or a float (truncated). */
    static BigInteger pyInt(Object v) {
        if (v instanceof Boolean) {
            return (Boolean) v ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return BigInteger.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger) {
            return (BigInteger) v;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot convert float " + PyRepr.repr(v) + " to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        if (v instanceof String) {
            String s = ((String) v).strip();
            if (INT.matcher(s).matches()) {
                return new BigInteger(s.replace("_", "").replace("+", ""));
            }
            throw new IllegalArgumentException("invalid literal for int() with base 10: " + PyRepr.str((String) v));
        }
        throw new IllegalArgumentException("int() argument must be a string, a bytes-like object or a real number, "
                + "not '" + pyType(v) + "'");
    }

    private static long clamp(BigInteger x, long min, long max) {
        BigInteger lo = BigInteger.valueOf(min);
        BigInteger hi = BigInteger.valueOf(max);
        return x.max(lo).min(hi).longValue();
    }

    private static String pyType(Object o) {
        return o == null ? "NoneType" : o instanceof Number ? "int" : o.getClass().getSimpleName();
    }
}
