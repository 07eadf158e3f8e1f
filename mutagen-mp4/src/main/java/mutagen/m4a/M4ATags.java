// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.m4a;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.Metadata;

/**
 * A plain dict that cannot be loaded, saved or deleted. Mirrors the deprecated {@code mutagen.m4a.M4ATags}.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
@Deprecated
public class M4ATags extends Metadata {
    private final Map<String, Object> items = new LinkedHashMap<>();

    /** Empty tags. */
    public M4ATags() {
    }

    /**
     * Always fails ("deprecated").
     *
     * @param path the file's path
     * @throws M4AError if the data is invalid or cannot be read
     */
    public void load(Path path) throws M4AError {
        throw new M4AError("deprecated");
    }

    /** Always fails ("deprecated"). */
    @Override
    public void save(Path path) throws M4AError {
        throw new M4AError("deprecated");
    }

    /** Always fails ("deprecated"). */
    @Override
    public void delete(Path path) throws M4AError {
        throw new M4AError("deprecated");
    }

    /**
     * The items, in insertion order (a copy).
     *
     * @return the items, in insertion order (a copy)
     */
    public Map<String, Object> items() {
        return new LinkedHashMap<>(items);
    }

    @Override
    public List<String> keys() {
        return new ArrayList<>(items.keySet());
    }

    @Override
    public Object get(String key) {
        return items.get(key);
    }

    @Override
    public void put(String key, Object value) {
        items.put(key, value);
    }

    @Override
    public void remove(String key) {
        if (items.remove(key) == null) {
            throw new NoSuchElementException(key);
        }
    }

    @Override
    public boolean containsKey(String key) {
        return items.containsKey(key);
    }

    /** Always empty. */
    @Override
    public String pprint() {
        return "";
    }
}
