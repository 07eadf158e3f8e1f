// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comment's entries by lower-cased key: the distinct keys in order of first appearance, each with the spelling it
 * was first read with, and per key the positions of its entries in order (a chain through {@link #next}).
 *
 * <p>The parser fills it as it reads, looking a key up by its bytes ({@link #match}): a key met again shares its
 * strings, and the dict has its index without a second pass. It is also built from any entry list ({@link #of})
 * and serves as the table of frequent keys ({@link VorbisKeys}). Open addressing on a hash of the
 * lower-cased key, the same over a key's bytes folded to lower case as over its string ({@link Words#hash}). The hash
 * is seeded per run, not {@link String#hashCode()}: a file cannot fill the table with keys of one hash on purpose
 * (thousands of such keys would make a read take quadratic time; Python's dict is seeded alike).
 *
 * <p>Not thread-safe while it is filled; once published only {@link #find(String)}'s hint changes, a plain int
 * that is checked before use (any value it holds is harmless).
 */
final class KeyIndex {
    /** The entries' version ({@link VComment#entriesVersion()}) this index describes; -1 for a table of names. */
    int version = -1;
    /** Per key number k: the lower-cased key at 2k, its first spelling at 2k + 1. */
    private String[] names;
    /**
     * Per key number k: its first position at 4k, its last at 4k + 1, its number of entries at 4k + 2, its
     * {@link Words#hash} at 4k + 3.
     */
    private int[] heads;
    /** Per position: the next position of the same key, or -1. */
    private int[] next;
    /** The hash table (none up to {@link #LINEAR} keys): key number + 1, 0 when free. */
    private int[] slots;
    private int keys;
    /** The key {@link #find(String)} tries first: the one after the key it found last. */
    private int cursor;
    /**
     * A table's spellings as bytes, one after another, with 8 to spare at the end ({@link #keepSpellings}); per key,
     * where its spelling starts. {@link #match} compares a key's bytes with them a word at a time, not through the
     * strings a char at a time (the frequent-key table is looked up for every new key of every comment read).
     */
    private byte[] spelt;
    private int[] speltAt;
    /** Whether every key is a valid Vorbis key (a parsed comment's are; a caller's list may hold any). */
    private boolean validKeys = true;

    private static final String[] NO_NAMES = {};
    private static final int[] NONE = {};
    private static final byte[] NO_BYTES = {};
    /** Up to this many keys are searched in order; more get a hash table. */
    private static final int LINEAR = 8;

    /** An empty index sized for about {@code expected} entries (nothing allocated for none: a comment without any). */
    KeyIndex(int expected) {
        slots = NONE;
        if (expected == 0) {
            names = NO_NAMES;
            heads = NONE;
            next = NONE;
            return;
        }
        int n = Math.max(4, Math.min(expected, 64));
        names = new String[2 * n];
        heads = new int[4 * n];
        next = new int[expected];
    }

    /** The index of an entry list (entries without a key are left out, as they have no lower-cased key). */
    static KeyIndex of(List<Map.Entry<String, String>> entries, int version) {
        KeyIndex index = new KeyIndex(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, String> e = entries.get(i);
            if (e != null && e.getKey() != null) {
                String lower = e instanceof VComment.Comment c ? c.lowerKey : e.getKey().toLowerCase(Locale.ROOT);
                index.addPosition(index.intern(lower, e.getKey()), i);
                index.validKeys &= VComment.isValidKey(e.getKey());
            }
        }
        index.version = version;
        return index;
    }

    /** The number of distinct keys. */
    int keyCount() {
        return keys;
    }

    /** The lower-cased key of key number {@code k}. */
    String lower(int k) {
        return names[2 * k];
    }

    /** The spelling key number {@code k} was first added with. */
    String spelling(int k) {
        return names[2 * k + 1];
    }

    /** The number of entries of key number {@code k}. */
    int count(int k) {
        return heads[4 * k + 2];
    }

    /** The first position of key number {@code k}. */
    int first(int k) {
        return heads[4 * k];
    }

    /** The position after {@code position} with the same key, or -1. */
    int next(int position) {
        return next[position];
    }

    /** The lower-cased keys in order of first appearance (a new list). */
    List<String> keys() {
        List<String> out = new ArrayList<>(keys);
        for (int k = 0; k < keys; k++) {
            out.add(names[2 * k]);
        }
        return out;
    }

    /**
     * The number of the key after the one found last when {@code lower} is that key's own string (identity) and
     * every key is valid, else -1: a caller walking {@link #keys()} in order finds each key at once, with no need to
     * check it.
     */
    int findNext(String lower) {
        int c = cursor;
        if (validKeys && c < keys && names[2 * c] == lower) {
            cursor = c + 1;
            return c;
        }
        return -1;
    }

    /** The number of a lower-cased key, or -1. */
    int find(String lower) {
        // A caller usually holds one of ours (from keys()) and asks for them in order: the key after the one found
        // last is tried first, by identity, without hashing (a hint only: a stale one costs one comparison).
        int c = cursor;
        if (c < keys && names[2 * c] == lower) {
            cursor = c + 1;
            return c;
        }
        if (slots.length == 0) {
            // Few keys: searched by identity before hashing.
            for (int k = 0; k < keys; k++) {
                if (names[2 * k] == lower) {
                    cursor = k + 1;
                    return k;
                }
            }
        }
        int k = find(lower, Words.hash(lower));
        cursor = k + 1;
        return k;
    }

    private int find(String lower, int hash) {
        for (int i = home(hash), k; (k = keyAt(i)) >= 0; i = after(i)) {
            if (heads[4 * k + 3] == hash && names[2 * k].equals(lower)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Looks up the ASCII bytes {@code data[from, from + len)}: {@code 2k + 1} when they are key k's first spelling
     * exactly, {@code 2k} when only their lower-cased form ({@link #fold}) is key k, -1 when no key matches. One
     * comparison decides the usual case, a key spelt as before. {@code hash} is the bytes' {@link Words#hash(byte[], int,
     * int)}.
     */
    int match(byte[] data, int from, int len, int hash) {
        for (int i = home(hash), k; (k = keyAt(i)) >= 0; i = after(i)) {
            String lower = names[2 * k];
            if (heads[4 * k + 3] == hash && lower.length() == len) {
                int at = spelt == null ? -1 : speltAt[k];
                if (at >= 0 ? Words.sameBytes(spelt, at, data, from, len, false) : same(names[2 * k + 1], data, from, len)) {
                    return 2 * k + 1;
                }
                if (at >= 0 ? Words.sameBytes(spelt, at, data, from, len, true) : folds(lower, data, from)) {
                    return 2 * k;
                }
            }
        }
        return -1;
    }

    /** The number of a lower-cased key, added with this spelling when it is new. */
    int intern(String lower, String spelling) {
        int hash = Words.hash(lower);
        int k = find(lower, hash);
        return k >= 0 ? k : add(lower, spelling, hash);
    }

    /** Adds a new key (not in the index) with the spelling it was read with; answers its number. */
    int add(String lower, String spelling) {
        return add(lower, spelling, Words.hash(lower));
    }

    /** {@link #add(String, String)} with the key's {@link Words#hash}, known already. */
    int add(String lower, String spelling, int hash) {
        if (keys == names.length / 2) {
            int n = Math.max(4, 2 * keys);
            names = Arrays.copyOf(names, 2 * n);
            heads = Arrays.copyOf(heads, 4 * n);
        }
        if (keys >= LINEAR && 2 * (keys + 1) > slots.length) {
            rehash(Math.max(Integer.highestOneBit(names.length) * 2, 2 * slots.length));
        }
        int k = keys++;
        names[2 * k] = lower;
        names[2 * k + 1] = spelling;
        heads[4 * k + 3] = hash;
        if (spelt != null) {
            keepSpelling(k, spelling, lower.length());
        }
        place(k);
        return k;
    }

    /** Keeps the spellings of the keys added from now on as bytes too (for a table looked up often). */
    void keepSpellings() {
        spelt = NO_BYTES;
        speltAt = NONE;
    }

    /** Appends key k's spelling to {@link #spelt} when it is ASCII and as long as the lower-cased key. */
    private void keepSpelling(int k, String spelling, int len) {
        if (k >= speltAt.length) {
            speltAt = Arrays.copyOf(speltAt, Math.max(8, 2 * k));
        }
        speltAt[k] = -1;
        if (spelling.length() != len || !spelling.chars().allMatch(c -> c < 0x80)) {
            return;
        }
        int at = spelt.length == 0 ? 0 : spelt.length - 8;
        spelt = Arrays.copyOf(spelt, at + len + 8);
        for (int i = 0; i < len; i++) {
            spelt[at + i] = (byte) spelling.charAt(i);
        }
        speltAt[k] = at;
    }

    /** Appends a position (the next entry's, in order) to the chain of key number {@code k}. */
    void addPosition(int k, int position) {
        if (position >= next.length) {
            next = Arrays.copyOf(next, Math.max(Math.max(4, 2 * next.length), position + 1));
        }
        next[position] = -1;
        if (heads[4 * k + 2]++ == 0) {
            heads[4 * k] = position;
        } else {
            next[heads[4 * k + 1]] = position;
        }
        heads[4 * k + 1] = position;
    }

    private void rehash(int size) {
        slots = new int[size];
        for (int k = 0; k < keys; k++) {
            place(k);
        }
    }

    private void place(int k) {
        if (slots.length == 0) {
            return;
        }
        int i = home(heads[4 * k + 3]);
        while (slots[i] != 0) {
            i = after(i);
        }
        slots[i] = k + 1;
    }

    // The probe sequence of a hash: slots from its home on, or, while there is no hash table (up to LINEAR keys),
    // every key in order. keyAt answers -1 at the end of the sequence.

    private int home(int hash) {
        return slots.length == 0 ? 0 : spread(hash) & (slots.length - 1);
    }

    private int keyAt(int i) {
        return slots.length == 0 ? (i < keys ? i : -1) : slots[i] - 1;
    }

    private int after(int i) {
        return slots.length == 0 ? i + 1 : (i + 1) & (slots.length - 1);
    }

    /** Mixes the high bits into the low ones, which pick the slot. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Whether {@code s} is spelt as the bytes {@code data[from, from + len)} (a valid key is ASCII). */
    static boolean same(String s, byte[] data, int from, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != data[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII byte lower-cased: what {@code toLowerCase(Locale.ROOT)} does to it. */
    private static int fold(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    private static boolean folds(String lower, byte[] data, int from) {
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) != fold(data[from + i])) {
                return false;
            }
        }
        return true;
    }
}
