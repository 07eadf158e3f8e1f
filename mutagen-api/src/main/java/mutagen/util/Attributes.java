// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A small unmodifiable map that keeps its keys in the order given, backed by two arrays: the shape of
 * {@link mutagen.StreamInfo#attributes()}, whose key list is a constant of each format and whose values are read
 * once per call. Building it costs one array of values instead of a hash table of nodes; lookups scan the keys
 * (there are about twenty).
 *
 * <p>Immutable and thread-safe.
 */
public final class Attributes extends AbstractMap<String, Object> {
    private final String[] keys;
    private final Object[] values;

    private Attributes(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * A map of {@code keys[i]} to {@code values[i]}, in that order. The key array is shared, not copied: pass a
     * constant that nobody changes. Values may be null.
     *
     * @param keys the keys
     * @param values the values
     * @return a map of {@code keys[i]} to {@code values[i]}, in that order
     * @throws IllegalArgumentException when the two lengths differ
     */
    public static Map<String, Object> of(String[] keys, Object... values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys for " + values.length + " values");
        }
        return new Attributes(keys, values);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
