// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.Metadata;
import mutagen.MutagenError;
import mutagen.util.ByteReader;
import mutagen.util.ErrorFactory;
import mutagen.util.FileSource;

/**
 * An APEv2 tag (mutagen's {@code APEv2}): a mapping from keys to {@link APEValue}s. Keys are looked up without
 * regard to case and keep the case they were last set with; a key must be 2 to 255 characters from 0x20 to 0x7E and
 * not {@code OggS}, {@code TAG}, {@code ID3} or {@code MP+}. Keys keep the order they were first added in, as a
 * Python dict does.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class APEv2 extends Metadata {
    /** The factory of this format's error (the one place an I/O failure becomes it). */
    static final ErrorFactory ERRORS = APEv2Error::new;
    /** Lower-cased key to (key as last set, value). */
    private final Map<String, Map.Entry<String, APEValue>> items = new LinkedHashMap<>();
    private Path filename;

    /** An empty tag. */
    public APEv2() {
    }

    /**
     * Loads the tag of the file at the path ({@code APEv2(filename)}).
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public APEv2(Path path) throws IOException {
        FileSource.read(path, ERRORS, src -> load(src));
        filename = path;
    }

    /**
     * Loads the tag of a source ({@code APEv2(fileobj)}).
     *
     * @param source the file to read (or to edit in place)
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public APEv2(FileSource source) throws IOException {
        load(source);
        filename = source.path();
    }

    /**
     * The file this tag was loaded from, or null.
     *
     * @return the file this tag was loaded from, or null
     */
    public Path filename() {
        return filename;
    }

    /**
     * Replaces the items with the tag of the source.
     *
     * @param source the file to read (or to edit in place)
     * @throws APENoHeaderError when there is no tag, {@link APEBadItemError} or {@link APEv2Error} when it is broken
     */
    public void load(FileSource source) throws IOException {
        if (!loadIfPresent(source)) {
            throw new APENoHeaderError("No APE tag found");
        }
    }

    /**
     * {@link #load} that answers false where it throws {@link APENoHeaderError} (no tag, or an empty one), so that a
     * file without a tag costs no exception.
     */
    boolean loadIfPresent(FileSource source) throws IOException {
        APEv2Location loc = APEv2Location.find(source);
        ByteReader tag = loc.found() ? loc.tagReader(source) : null;
        if (tag == null || !tag.hasRemaining()) {
            return false;
        }
        items.clear();
        APEv2Parser.parse(tag, loc.items, this);
        return true;
    }

    /** The tag of a source ({@code APEv2(fileobj)}), or null where that throws {@link APENoHeaderError}. */
    static APEv2 readIfPresent(FileSource source) throws IOException {
        APEv2 tag = new APEv2();
        if (!tag.loadIfPresent(source)) {
            return null;
        }
        tag.filename = source.path();
        return tag;
    }

    /** Adds an item read from a tag: the parser has checked the key. */
    void putParsed(String key, APEValue value) {
        items.put(lower(key), Map.entry(key, value));
    }

    /**
     * mutagen's {@code is_valid_apev2_key}.
     *
     * @param key the key
     * @return mutagen's {@code is_valid_apev2_key}
     */
    public static boolean isValidApev2Key(String key) {
        if (key == null) {
            throw new IllegalArgumentException("APEv2 key must be str");
        }
        if (key.length() < 2 || key.length() > 255) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return !(key.equals("OggS") || key.equals("TAG") || key.equals("ID3") || key.equals("MP+"));
    }

    private static String lower(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    /** The keys, each in the case it was last set with, in the order they were first added. */
    @Override
    public List<String> keys() {
        List<String> out = new ArrayList<>(items.size());
        for (Map.Entry<String, APEValue> e : items.values()) {
            out.add(e.getKey());
        }
        return out;
    }

    /**
     * The (key, value) pairs in {@link #keys()} order ({@code items()}).
     *
     * @return the (key, value) pairs in {@link #keys()} order ({@code items()})
     */
    public List<Map.Entry<String, APEValue>> items() {
        List<Map.Entry<String, APEValue>> out = new ArrayList<>(items.size());
        for (Map.Entry<String, APEValue> e : items.values()) {
            out.add(Map.entry(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * The values in {@link #keys()} order ({@code values()}).
     *
     * @return the values in {@link #keys()} order ({@code values()})
     */
    public List<APEValue> values() {
        List<APEValue> out = new ArrayList<>(items.size());
        for (Map.Entry<String, APEValue> e : items.values()) {
            out.add(e.getValue());
        }
        return out;
    }

    /**
     * The number of items.
     *
     * @return the number of items
     */
    public int size() {
        return items.size();
    }

    /**
     * Whether there are no items.
     *
     * @return whether there are no items
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Removes every item. */
    public void clear() {
        items.clear();
    }

    /** The value of a key in any case, or null when absent or when the key is not a valid APEv2 key. */
    @Override
    public APEValue get(String key) {
        if (!isValidApev2Key(key)) {
            return null;
        }
        Map.Entry<String, APEValue> e = items.get(lower(key));
        return e == null ? null : e.getValue();
    }

    /**
     * Sets a value ({@code tag[key] = value}): an {@link APEValue} is kept, a {@link String} becomes text, a list of
     * strings becomes text with the parts joined by NUL, a {@code byte[]} becomes binary.
     *
     * @throws IllegalArgumentException for an invalid key ({@code KeyError}) or a value of another type
     *     ({@code TypeError})
     */
    @Override
    public void put(String key, Object value) {
        if (!isValidApev2Key(key)) {
            throw new IllegalArgumentException(mutagen.util.PyRepr.str(key) + " is not a valid APEv2 key");
        }
        items.put(lower(key), Map.entry(key, toValue(value)));
    }

    private static APEValue toValue(Object value) {
        if (value instanceof APEValue) {
            return (APEValue) value;
        }
        if (value instanceof String) {
            return new APETextValue((String) value);
        }
        if (value instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<?>) value) {
                if (!(o instanceof String)) {
                    throw new IllegalArgumentException("item in list not str");
                }
                parts.add((String) o);
            }
            return new APETextValue(String.join("\0", parts));
        }
        return APEValue.of(value, APEValue.BINARY);
    }

    /**
     * Removes a key in any case ({@code del tag[key]}).
     *
     * @throws NoSuchElementException when absent or not a valid key ({@code KeyError})
     */
    @Override
    public void remove(String key) {
        if (!isValidApev2Key(key)) {
            throw new NoSuchElementException(mutagen.util.PyRepr.str(key) + " is not a valid APEv2 key");
        }
        if (items.remove(lower(key)) == null) {
            throw new NoSuchElementException(mutagen.util.PyRepr.str(lower(key)));
        }
    }

    /** {@code key=value} lines sorted by key, each value as its {@code pprint()}. */
    @Override
    public String pprint() {
        List<String> sorted = keys();
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        for (String k : sorted) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(k).append('=').append(get(k).pprint());
        }
        return sb.toString();
    }

    /**
     * Saves to the file this tag was loaded from.
     *
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save() throws IOException {
        if (filename == null) {
            throw new APEv2Error("no file name: this tag was not loaded from a path");
        }
        save(filename);
    }

    /** Saves to the file at the path, creating it when missing; the tag goes at the end with header and footer. */
    @Override
    public void save(Path path) throws IOException {
        try (FileSource target = FileSource.openWritable(path, true)) {
            save(target);
        }
    }

    /**
     * Saves into a writable source and commits.
     *
     * @param target the writable file to save into
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void save(FileSource target) throws IOException {
        commit(target, () -> APEv2Writer.save(target, this));
    }

    /** Removes the tag from the file at the path and clears this tag. */
    @Override
    public void delete(Path path) throws IOException {
        try (FileSource target = FileSource.openWritable(path)) {
            delete(target);
        }
    }

    /**
     * Removes the tag from a writable source (a trailing ID3v1 tag stays), commits, and clears this tag.
     *
     * @param target the writable file to save into
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public void delete(FileSource target) throws IOException {
        commit(target, () -> APEv2Writer.delete(target));
        clear();
    }

    /**
     * mutagen's module-level {@code delete(filething)}: removes the tag when the file has one.
     *
     * @param path the file's path
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(Path path) throws IOException {
        try (FileSource target = FileSource.openWritable(path)) {
            deleteFrom(target);
        }
    }

    /**
     * mutagen's module-level {@code delete(filething)} on a writable source.
     *
     * @param target the writable file to save into
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static void deleteFrom(FileSource target) throws IOException {
        try {
            new APEv2(target);
        } catch (APENoHeaderError e) {
            return;
        }
        new APEv2().delete(target);
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void commit(FileSource target, Step step) throws IOException {
        ERRORS.run(() -> {
            step.run();
            target.commit();
        });
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, APEValue> e : items.values()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(mutagen.util.PyRepr.str(e.getKey())).append(": ").append(e.getValue());
        }
        return sb.append('}').toString();
    }
}
