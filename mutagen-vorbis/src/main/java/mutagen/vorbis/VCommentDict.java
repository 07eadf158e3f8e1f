// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.util.ByteReader;

/**
 * A Vorbis comment with a case-insensitive dict view: a key maps to the list of all its values.
 *
 * <p>Mirrors {@code mutagen._vorbis.VCommentDict}. Keys keep the case they were stored with and match
 * case-insensitively; {@link #put(String, Object)} removes every old entry of the key and appends the new ones at the
 * end. {@link #size()} still counts pairs, and iteration yields pairs, as in mutagen.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class VCommentDict extends VComment {

    /** Creates an empty comment with the vendor {@value VComment#DEFAULT_VENDOR}. */
    public VCommentDict() {
    }

    /**
     * Parses a comment packet with {@link Errors#REPLACE} and this class's framing default.
     *
     * @param data the bytes
     * @throws VorbisError when the data is not a valid Vorbis comment
     */
    public VCommentDict(byte[] data) throws VorbisError {
        super(data);
    }

    /**
     * Parses a comment packet.
     *
     * @param data the bytes
     * @param errors the format's error factory (its error class and mutagen's words)
     * @param framing whether the framing bit is expected
     * @throws VorbisError when the data is not a valid Vorbis comment
     */
    public VCommentDict(byte[] data, Errors errors, boolean framing) throws VorbisError {
        super(data, errors, framing);
    }

    /**
     * Parses a comment from a reader, leaving it just after the comment (see
     * {@link VComment#VComment(ByteReader, Errors, boolean)}).
     *
     * @param input the input
     * @param errors the format's error factory (its error class and mutagen's words)
     * @param framing whether the framing bit is expected
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public VCommentDict(ByteReader input, Errors errors, boolean framing) throws IOException {
        super(input, errors, framing);
    }

    /**
     * All values of a key, matched case-insensitively, in stored order (a copy), or {@code null} when there are none
     * (Python raises {@code KeyError}).
     *
     * @throws IllegalArgumentException when the key is not a valid Vorbis key
     */
    @Override
    public List<String> get(String key) {
        KeyIndex index = index();
        // One of our own lower-cased keys (from keys(), asked in order), all valid: found without checking it again.
        int k = index.findNext(key);
        if (k < 0) {
            k = index.find(checkKey(key));
            if (k < 0) {
                return null;
            }
        }
        List<Map.Entry<String, String>> entries = entries();
        List<String> values = new ArrayList<>(index.count(k));
        for (int p = index.first(k); p >= 0; p = index.next(p)) {
            values.add(entries.get(p).getValue());
        }
        return values;
    }

    /**
     * Sets a key to one value (a {@link String}) or several (a {@link List} of strings): all entries of the key are
     * removed and the new ones appended at the end, with the key in the case given.
     *
     * @throws IllegalArgumentException when the key is invalid or the value is neither a string nor a list of strings
     */
    @Override
    public void put(String key, Object value) {
        if (value instanceof String) {
            put(key, List.of((String) value));
        } else if (value instanceof List) {
            List<String> values = new ArrayList<>();
            for (Object v : (List<?>) value) {
                if (!(v instanceof String)) {
                    throw new IllegalArgumentException((v == null ? "None" : v) + " needs to be str for key " + key);
                }
                values.add((String) v);
            }
            put(key, values);
        } else {
            throw new IllegalArgumentException("a Vorbis comment value must be a String or a List<String>, not "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    /**
     * Sets a key to one value (see {@link #put(String, Object)}).
     *
     * @param key the key
     * @param value the value
     */
    public void put(String key, String value) {
        put(key, List.of(value));
    }

    /**
     * Sets a key to several values (see {@link #put(String, Object)}).
     *
     * @param key the key
     * @param values the values
     */
    public void put(String key, List<String> values) {
        String lower = checkKey(key);
        List<String> copy = new ArrayList<>(values.size());
        for (String v : values) {
            if (v == null) {
                throw new IllegalArgumentException("None needs to be str for key " + key);
            }
            copy.add(v);
        }
        entries().removeIf(e -> matches(e, lower));
        for (String v : copy) {
            append(key, v);
        }
    }

    /**
     * Removes all entries of a key.
     *
     * @throws IllegalArgumentException when the key is not a valid Vorbis key
     * @throws NoSuchElementException when the key has no entries
     */
    @Override
    public void remove(String key) {
        String lower = checkKey(key);
        if (!entries().removeIf(e -> matches(e, lower))) {
            throw new NoSuchElementException(lower);
        }
    }

    /**
     * Whether the key has any value ({@code key in comment}).
     *
     * @throws IllegalArgumentException when the key is not a valid Vorbis key
     */
    @Override
    public boolean containsKey(String key) {
        return index().find(checkKey(key)) >= 0;
    }

    /**
     * The distinct keys, lower-cased. Python returns them in set order (unspecified); here they come in the order
     * of their first entry.
     */
    @Override
    public List<String> keys() {
        return index().keys();
    }

    /**
     * The value lists of {@link #keys()}, in the same order.
     *
     * @return the value lists of {@link #keys()}, in the same order
     */
    public List<List<String>> values() {
        List<List<String>> out = new ArrayList<>();
        for (List<String> v : asDict().values()) {
            out.add(v);
        }
        return out;
    }

    /**
     * The {@code (key, values)} pairs of {@link #keys()}, in the same order.
     *
     * @return the {@code (key, values)} pairs of {@link #keys()}, in the same order
     */
    public List<Map.Entry<String, List<String>>> items() {
        List<Map.Entry<String, List<String>>> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : asDict().entrySet()) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * A copy as a map from lower-cased key to values (mutagen's {@code as_dict}).
     *
     * @return a copy as a map from lower-cased key to values (mutagen's {@code as_dict})
     */
    public Map<String, List<String>> asDict() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries()) {
            out.computeIfAbsent(lower(e.getKey()), k -> new ArrayList<>()).add(e.getValue());
        }
        return out;
    }

    /** The key lower-cased, after checking it as {@link #isValidKey} does (one pass: a lookup per key read). */
    private static String checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw invalidKey(key);
        }
        boolean upper = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isKeyChar(c)) {
                throw invalidKey(key);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        // Valid keys are ASCII: lower-casing changes only A-Z.
        return upper ? key.toLowerCase(Locale.ROOT) : key;
    }

    private static IllegalArgumentException invalidKey(String key) {
        return new IllegalArgumentException("invalid Vorbis comment key: " + key);
    }

    private static boolean matches(Map.Entry<String, String> e, String lowerKey) {
        return e != null && e.getKey() != null && lowerEquals(e.getKey(), lowerKey);
    }

    /**
     * Whether {@code lower(key)} equals {@code lowerKey}, without building the lower-cased key (every get() compares
     * against every comment's key). ASCII characters lower-case one to one, so a mismatch in an all-ASCII prefix
     * decides at once; a non-ASCII character falls back to lower-casing the whole key.
     */
    private static boolean lowerEquals(String key, String lowerKey) {
        int n = key.length();
        int m = lowerKey.length();
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return lower(key).equals(lowerKey);
            }
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (i >= m || c != lowerKey.charAt(i)) {
                return false;
            }
        }
        return n == m;
    }

    private static String lower(String key) {
        return key == null ? null : key.toLowerCase(Locale.ROOT);
    }
}
