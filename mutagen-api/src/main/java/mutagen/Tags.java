// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The tags of a file.
 *
 * <p>Mirrors {@code mutagen.Tags}. Python's dict protocol becomes {@link #keys()}, {@link #get(String)},
 * {@link #put(String, Object)} and {@link #remove(String)}; a tag type that is not a mapping keeps the defaults,
 * which throw {@link UnsupportedOperationException}. Subclasses narrow the value type with covariant returns and
 * typed overloads. See {@code docs/API-MAPPING.md}.
 *
 * <p>Not thread-safe: mutable, used by one thread at a time.
 */
public abstract class Tags {

    /** Creates tags; for subclasses. */
    protected Tags() {
    }

    /**
     * A multi-line text of all tags, exactly as mutagen's {@code pprint()} prints it.
     *
     * @return a multi-line text of all tags, exactly as mutagen's {@code pprint()} prints it
     */
    public abstract String pprint();

    /**
     * The keys, in the order mutagen's {@code keys()} gives them.
     *
     * @return the keys, in the order mutagen's {@code keys()} gives them
     */
    public List<String> keys() {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not a mapping");
    }

    /**
     * The value of a key, or {@code null} when absent (Java's {@code Map.get} convention; Python raises
     * {@code KeyError}).
     *
     * @param key the key
     * @return the value of a key, or {@code null} when absent (Java's {@code Map.get} convention; Python raises {@code
     *     KeyError})
     */
    public Object get(String key) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not a mapping");
    }

    /**
     * Sets the value of a key ({@code tags[key] = value}).
     *
     * @param key the key
     * @param value the value
     * @throws IllegalArgumentException when the key or value is not valid for this tag type (Python's
     *     {@code ValueError}/{@code TypeError})
     */
    public void put(String key, Object value) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not a mapping");
    }

    /**
     * Removes a key ({@code del tags[key]}).
     *
     * @param key the key
     * @throws NoSuchElementException when the key is absent (Python's {@code KeyError})
     */
    public void remove(String key) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is not a mapping");
    }

    /**
     * Whether the key is present ({@code key in tags}).
     *
     * @param key the key
     * @return whether the key is present ({@code key in tags})
     */
    public boolean containsKey(String key) {
        return get(key) != null;
    }
}
