// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.example;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.Tags;

/**
 * The tags of a MUTAGEN-EXAMPLE file: text values under ASCII keys, in file order. A mutable mapping, as mutagen's
 * tag containers are.
 */
public final class ExampleTags extends Tags {
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Creates empty tags. */
    public ExampleTags() {
    }

    /** {@code key=value}, one per line, in order. */
    @Override
    public String pprint() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    @Override
    public List<String> keys() {
        return new ArrayList<>(values.keySet());
    }

    @Override
    public String get(String key) {
        return values.get(key);
    }

    /**
     * Sets a value.
     *
     * @throws IllegalArgumentException when the key is not 1 to 65535 printable ASCII characters without {@code =},
     *     or the value is not a {@link String}
     */
    @Override
    public void put(String key, Object value) {
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("invalid key " + key);
        }
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("value must be a String, not " + value);
        }
        values.put(key, (String) value);
    }

    @Override
    public void remove(String key) {
        if (values.remove(key) == null) {
            throw new NoSuchElementException(key);
        }
    }

    /** Whether a key can be stored: 1 to 65535 printable ASCII characters, no {@code =}. */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 0xFFFF) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '=') {
                return false;
            }
        }
        return true;
    }

    Map<String, String> entries() {
        return values;
    }
}
