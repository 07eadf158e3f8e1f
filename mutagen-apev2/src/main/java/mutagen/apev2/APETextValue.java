// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * An APEv2 text value: a string whose NUL-separated parts are its elements (mutagen's {@code APETextValue}, a
 * mutable sequence of strings). {@link #size()} counts parts, {@link #value()} is the whole string.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public final class APETextValue extends APEValue implements Iterable<String>, Comparable<APETextValue> {
    private String value;

    /**
     * A text value; parts are separated by {@code "\0"}.
     *
     * @param value the value
     */
    public APETextValue(String value) {
        this.value = requireString(value);
    }

    @Override
    public int kind() {
        return TEXT;
    }

    @Override
    public String value() {
        return value;
    }

    /**
     * Replaces the whole string ({@code v.value = ...}).
     *
     * @param newValue the new value
     */
    public void value(String newValue) {
        value = requireString(newValue);
    }

    /**
     * The parts ({@code list(v)}).
     *
     * @return the parts ({@code list(v)})
     */
    public List<String> parts() {
        return new ArrayList<>(Arrays.asList(value.split("\0", -1)));
    }

    @Override
    public Iterator<String> iterator() {
        return parts().iterator();
    }

    /**
     * The number of parts ({@code len(v)}): one more than the NULs.
     *
     * @return the number of parts ({@code len(v)}): one more than the NULs
     */
    public int size() {
        int n = 1;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * A part ({@code v[i]}); negative indexes count from the end as in Python.
     *
     * @param index the index
     * @return a part ({@code v[i]}); negative indexes count from the end as in Python
     */
    public String get(int index) {
        List<String> p = parts();
        return p.get(pyIndex(index, p.size()));
    }

    /**
     * Replaces a part ({@code v[i] = s}).
     *
     * @param index the index
     * @param part the part
     */
    public void set(int index, String part) {
        requireString(part);
        List<String> p = parts();
        p.set(pyIndex(index, p.size()), part);
        value = String.join("\0", p);
    }

    /**
     * Inserts a part ({@code v.insert(i, s)}, an index past either end clamps as in Python).
     *
     * @param index the index
     * @param part the part
     */
    public void insert(int index, String part) {
        requireString(part);
        List<String> p = parts();
        int i = index < 0 ? Math.max(0, index + p.size()) : Math.min(index, p.size());
        p.add(i, part);
        value = String.join("\0", p);
    }

    /**
     * Appends a part ({@code v.append(s)}).
     *
     * @param part the part
     */
    public void append(String part) {
        insert(size(), part);
    }

    /**
     * Removes a part ({@code del v[i]}).
     *
     * @param index the index
     */
    public void remove(int index) {
        List<String> p = parts();
        p.remove(pyIndex(index, p.size()));
        value = String.join("\0", p);
    }

    private static int pyIndex(int index, int size) {
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("list index out of range");
        }
        return i;
    }

    @Override
    byte[] write() {
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The bytes written ({@code bytes(v)}).
     *
     * @return the bytes written ({@code bytes(v)})
     */
    public byte[] toBytes() {
        return write();
    }

    /** The parts joined by {@code " / "}. */
    @Override
    public String pprint() {
        if (value.indexOf('\0') < 0) {
            return value; // one part: nothing to join
        }
        return String.join(" / ", parts());
    }

    /**
     * Whether the whole string equals {@code s} ({@code v == s}).
     *
     * @param s the string
     * @return whether the whole string equals {@code s} ({@code v == s})
     */
    public boolean equalsString(String s) {
        return value.equals(s);
    }

    /** Orders by the whole string, by code point as Python does. */
    @Override
    public int compareTo(APETextValue o) {
        return value.compareTo(o.value);
    }
}
