// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One tag format's table from {@link CommonKey} to native keys: data, not code. Each row says where a key is
 * read and written: a native key, the part of its value ({@link Slot}), and whether the view writes it or only
 * reads it (a tolerated variant). The rows of a key are read in order and the first that has a value wins; a write
 * goes to every writing row and removes the read-only whole-value variants.
 *
 * <p>Immutable; built once per format with {@link #parse(String, String)} or {@link #builder(String)}.
 *
 * <p>Immutable once loaded: safe to share across threads.
 */
public final class TagMapping {

    /** Which part of a native value a row holds. */
    public enum Slot {
        /** The whole value. */
        TEXT,
        /** The number of a {@code "number/total"} value (the whole value when there is no slash). */
        NUMBER,
        /** The total of a {@code "number/total"} value (nothing when there is no slash). */
        TOTAL
    }

    /**
     * One row of the table.
     *
     * @param key the standard key
     * @param nativeKey the format's key, in the spelling its tags' {@code get} takes
     * @param slot the part of the value
     * @param write whether the view writes this row (else it only reads it)
     */
    public record Row(CommonKey key, String nativeKey, Slot slot, boolean write) {
    }

    private final String format;
    private final Map<CommonKey, List<Row>> rows;

    private TagMapping(String format, Map<CommonKey, List<Row>> rows) {
        this.format = format;
        this.rows = rows;
    }

    /**
     * A table from text, one row per line: {@code KEY | native key | kind}, where KEY is a {@link CommonKey} name
     * and kind (default {@code text}) is one of {@code text}, {@code number}, {@code total} (a writing row of that
     * slot), {@code read}, {@code read-number}, {@code read-total} (a read-only variant). Blank lines and lines
     * starting with {@code #} are skipped.
     *
     * @param format the format
     * @param table the table
     * @return a table from text, one row per line: {@code KEY | native key | kind}, where KEY is a {@link CommonKey}
     *     name and kind (default {@code text}) is one of {@code text}, {@code number}, {@code total} (a writing row of
     *     that slot), {@code read}, {@code read-number}, {@code read-total} (a read-only variant)
     * @throws IllegalArgumentException for a malformed line
     */
    public static TagMapping parse(String format, String table) {
        Builder b = builder(format);
        for (String line : table.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cols = t.split("\\|");
            if (cols.length < 2 || cols.length > 3) {
                throw new IllegalArgumentException("bad mapping row: " + t);
            }
            CommonKey key = CommonKey.valueOf(cols[0].strip());
            String nativeKey = cols[1].strip();
            String kind = cols.length == 3 ? cols[2].strip() : "text";
            boolean read = kind.startsWith("read");
            String slot = read ? kind.substring(4).replace("-", "") : kind;
            b.row(key, nativeKey, slot.isEmpty() || slot.equals("text") ? Slot.TEXT
                    : Slot.valueOf(slot.toUpperCase(java.util.Locale.ROOT)), !read);
        }
        return b.build();
    }

    /**
     * A builder of a table.
     *
     * @param format the format
     * @return a builder of a table
     */
    public static Builder builder(String format) {
        return new Builder(format);
    }

    /**
     * The tag format's name ({@code "ID3v2.4"}, {@code "Vorbis comment"}, ...).
     *
     * @return the tag format's name ({@code "ID3v2.4"}, {@code "Vorbis comment"}, ...)
     */
    public String format() {
        return format;
    }

    /**
     * The rows of a key, in reading order; empty when the format has no place for it.
     *
     * @param key the key
     * @return the rows of a key, in reading order; empty when the format has no place for it
     */
    public List<Row> rows(CommonKey key) {
        return rows.getOrDefault(key, List.of());
    }

    /**
     * Whether the format has a place for the key.
     *
     * @param key the key
     * @return whether the format has a place for the key
     */
    public boolean supports(CommonKey key) {
        return rows.containsKey(key);
    }

    /**
     * Every row, key by key in {@link CommonKey} order.
     *
     * @return every row, key by key in {@link CommonKey} order
     */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        rows.values().forEach(out::addAll);
        return out;
    }

    /**
     * The native keys the table knows (a native key outside it is left to {@link CommonTags#getNative}).
     *
     * @return the native keys the table knows (a native key outside it is left to {@link CommonTags#getNative})
     */
    public List<String> nativeKeys() {
        List<String> out = new ArrayList<>();
        for (Row r : rows()) {
            if (!out.contains(r.nativeKey())) {
                out.add(r.nativeKey());
            }
        }
        return out;
    }

    /** Builds a {@link TagMapping}: one call per row, in reading order. */
    public static final class Builder {
        private final String format;
        private final Map<CommonKey, List<Row>> rows = new EnumMap<>(CommonKey.class);

        private Builder(String format) {
            this.format = format;
        }

        private Builder row(CommonKey key, String nativeKey, Slot slot, boolean write) {
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(key, nativeKey, slot, write));
            return this;
        }

        /**
         * A key written to and read from a native key's whole value.
         *
         * @param key the key
         * @param nativeKey the native key
         * @return a key written to and read from a native key's whole value
         */
        public Builder text(CommonKey key, String nativeKey) {
            return row(key, nativeKey, Slot.TEXT, true);
        }

        /**
         * A number and a total kept together in one native value {@code "3/12"} (ID3 TRCK, MP4 trkn, ...).
         *
         * @param number the number
         * @param total the total
         * @param nativeKey the native key
         * @return a number and a total kept together in one native value {@code "3/12"} (ID3 TRCK, MP4 trkn, ...)
         */
        public Builder pair(CommonKey number, CommonKey total, String nativeKey) {
            row(number, nativeKey, Slot.NUMBER, true);
            return row(total, nativeKey, Slot.TOTAL, true);
        }

        /**
         * A number written alone that tolerates {@code "3/12"} when read (Vorbis TRACKNUMBER).
         *
         * @param key the key
         * @param nativeKey the native key
         * @return a number written alone that tolerates {@code "3/12"} when read (Vorbis TRACKNUMBER)
         */
        public Builder number(CommonKey key, String nativeKey) {
            return row(key, nativeKey, Slot.NUMBER, true);
        }

        /**
         * A variant only read, never written (removed when the key is written, if it is a whole value).
         *
         * @param key the key
         * @param nativeKey the native key
         * @param slot the slot
         * @return a variant only read, never written (removed when the key is written, if it is a whole value)
         */
        public Builder readAlso(CommonKey key, String nativeKey, Slot slot) {
            return row(key, nativeKey, slot, false);
        }

        /**
         * A variant only read: the whole value.
         *
         * @param key the key
         * @param nativeKey the native key
         * @return a variant only read: the whole value
         */
        public Builder readAlso(CommonKey key, String nativeKey) {
            return readAlso(key, nativeKey, Slot.TEXT);
        }

        /**
         * The table.
         *
         * @return the table
         */
        public TagMapping build() {
            Map<CommonKey, List<Row>> copy = new EnumMap<>(CommonKey.class);
            rows.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new TagMapping(format, Collections.unmodifiableMap(copy));
        }
    }
}
