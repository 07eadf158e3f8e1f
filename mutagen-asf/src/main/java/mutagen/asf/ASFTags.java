// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.Tags;

/**
 * The attributes of an ASF file: an ordered list of (name, attribute) pairs in which a name may repeat. Mirrors
 * {@code mutagen.asf.ASFTags} (a Python list with a dict interface): {@link #get(String)} gives every value of a
 * name in order, {@link #put(String, Object)} replaces them (removed from where they were, the new ones appended),
 * {@link #entries()}, {@link #setEntries(List)} and {@link #clear()} stand for the slice operations
 * {@code tags[:]}, {@code tags[:] = ...} and {@code del tags[:]}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class ASFTags extends Tags {
    private final List<Map.Entry<String, ASFBaseAttribute>> entries = new ArrayList<>();

    /** Creates empty tags. */
    public ASFTags() {
    }

    /**
     * The pairs in order (a copy: {@code tags[:]}).
     *
     * @return the pairs in order (a copy: {@code tags[:]})
     */
    public List<Map.Entry<String, ASFBaseAttribute>> entries() {
        return new ArrayList<>(entries);
    }

    /**
     * Replaces every pair ({@code tags[:] = pairs}).
     *
     * @param pairs the pairs
     */
    public void setEntries(List<? extends Map.Entry<String, ? extends ASFBaseAttribute>> pairs) {
        List<Map.Entry<String, ASFBaseAttribute>> copy = new ArrayList<>(pairs.size());
        for (Map.Entry<String, ? extends ASFBaseAttribute> e : pairs) {
            copy.add(entry(e.getKey(), e.getValue()));
        }
        entries.clear();
        entries.addAll(copy);
    }

    /**
     * Appends one pair ({@code tags.append((name, attr))}).
     *
     * @param name the name
     * @param value the value
     */
    public void add(String name, ASFBaseAttribute value) {
        entries.add(entry(name, value));
    }

    /** Removes every pair ({@code tags.clear()}). */
    public void clear() {
        entries.clear();
    }

    /**
     * The number of pairs ({@code len(tags)}).
     *
     * @return the number of pairs ({@code len(tags)})
     */
    public int size() {
        return entries.size();
    }

    /** Every value of the name in order (a copy), or {@code null} when there is none (Python's {@code KeyError}). */
    @Override
    public List<ASFBaseAttribute> get(String key) {
        List<ASFBaseAttribute> values = new ArrayList<>();
        for (Map.Entry<String, ASFBaseAttribute> e : entries) {
            if (e.getKey().equals(key)) {
                values.add(e.getValue());
            }
        }
        return values.isEmpty() ? null : values;
    }

    @Override
    public boolean containsKey(String key) {
        for (Map.Entry<String, ASFBaseAttribute> e : entries) {
            if (e.getKey().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets the values of a name: one value or a {@code List} of them; each an {@link ASFBaseAttribute}, or a
     * {@code String} (UNICODE), {@code byte[]} (BYTEARRAY), {@code Boolean} (BOOL) or integer (DWORD). Nothing
     * changes when a value is refused.
     *
     * @throws IllegalArgumentException for another type ("Invalid type ...", Python's {@code TypeError}) or an
     *     integer outside the DWORD range ("Out of range", Python's {@code ValueError})
     */
    @Override
    public void put(String key, Object values) {
        List<?> list = values instanceof List ? (List<?>) values : List.of(values);
        List<Map.Entry<String, ASFBaseAttribute>> toAppend = new ArrayList<>(list.size());
        for (Object value : list) {
            toAppend.add(entry(key, convert(value)));
        }
        entries.removeIf(e -> e.getKey().equals(key));
        entries.addAll(toAppend);
    }

    private static ASFBaseAttribute convert(Object value) {
        if (value instanceof ASFBaseAttribute) {
            return (ASFBaseAttribute) value;
        } else if (value instanceof String) {
            return new ASFUnicodeAttribute((String) value);
        } else if (value instanceof byte[]) {
            return new ASFByteArrayAttribute((byte[]) value);
        } else if (value instanceof Boolean) {
            return new ASFBoolAttribute((Boolean) value);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            return ASFValue.of(value, ASFValue.DWORD);
        }
        String type = value == null ? "NoneType" : value.getClass().getName();
        throw new IllegalArgumentException("Invalid type <class '" + type + "'>");
    }

    /**
     * Removes every value of the name ({@code del tags[key]}).
     *
     * @throws NoSuchElementException when there is none
     */
    @Override
    public void remove(String key) {
        if (!entries.removeIf(e -> e.getKey().equals(key))) {
            throw new NoSuchElementException(key);
        }
    }

    /** The distinct names, in the order of their first pair (mutagen answers a {@code set}). */
    @Override
    public List<String> keys() {
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, ASFBaseAttribute> e : entries) {
            distinct.add(e.getKey());
        }
        return new ArrayList<>(distinct);
    }

    /**
     * The names with all their values ({@code as_dict()}), in the order of their first pair.
     *
     * @return the names with all their values ({@code as_dict()}), in the order of their first pair
     */
    public Map<String, List<ASFBaseAttribute>> asDict() {
        Map<String, List<ASFBaseAttribute>> d = new LinkedHashMap<>();
        for (Map.Entry<String, ASFBaseAttribute> e : entries) {
            d.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        return d;
    }

    /** Every {@code name=value} pair on its own line, in order ({@code str} of each value). */
    @Override
    public String pprint() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, ASFBaseAttribute> e : entries) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    private static Map.Entry<String, ASFBaseAttribute> entry(String name, ASFBaseAttribute value) {
        return new AbstractMap.SimpleImmutableEntry<>(java.util.Objects.requireNonNull(name, "name"),
                java.util.Objects.requireNonNull(value, "value"));
    }
}
