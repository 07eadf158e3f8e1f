// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mutagen.Tags;
import mutagen.util.ByteReader;
import mutagen.util.Bytes;
import mutagen.util.PyRepr;
import mutagen.util.Text;

/**
 * A Vorbis comment: a vendor string and an ordered list of {@code (key, value)} pairs.
 *
 * <p>Mirrors {@code mutagen._vorbis.VComment}, which is a Python list of tuples: {@link #entries()} is that list
 * (live and mutable; like Python's list it accepts any pair, and {@link #validate()} checks them when writing).
 * Equality is list equality of the pairs, regardless of vendor and subclass, as in Python.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 */
public class VComment extends Tags implements Iterable<Map.Entry<String, String>> {

    /** The vendor string of fresh comments: {@code "Mutagen 1.48.1"}. */
    public static final String DEFAULT_VENDOR = "Mutagen 1.48.1";

    /** How undecodable text and malformed entries are handled while loading (Python's {@code errors=}). */
    public enum Errors {
        /** Fail with a {@link VorbisEncodingError}. */
        STRICT,
        /** Replace bad bytes with U+FFFD (and non-ASCII key characters with {@code ?}); the default. */
        REPLACE,
        /** Drop bad bytes, non-ASCII key characters and entries without {@code =}. */
        IGNORE
    }

    private final EntryList entries = new EntryList();
    private String vendor = DEFAULT_VENDOR;
    private long size;
    /** The entries by lower-cased key: made while parsing, rebuilt by {@link #index()} after a change. */
    private KeyIndex index;

    /** Creates an empty comment with the vendor {@value #DEFAULT_VENDOR}. */
    public VComment() {
    }

    /**
     * Parses a comment packet with {@link Errors#REPLACE} and this class's framing default (required here, not in
     * {@code VCFLACDict}).
     *
     * @param data the bytes
     * @throws VorbisError when the data is not a valid Vorbis comment
     */
    public VComment(byte[] data) throws VorbisError {
        this(data, Errors.REPLACE, true);
    }

    /**
     * Parses a comment packet.
     *
     * @param framing whether a framing bit must follow the comments
     * @param data the bytes
     * @param errors the format's error factory (its error class and mutagen's words)
     * @throws VorbisError when the data is not a valid Vorbis comment
     */
    public VComment(byte[] data, Errors errors, boolean framing) throws VorbisError {
        try {
            load(reader(data), errors, framing);
        } catch (VorbisError e) {
            throw e;
        } catch (IOException e) {
            // A byte-array input does no I/O.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a comment from a reader, leaving it just after the comment; {@link #loadedSize()} tells how many bytes
     * were consumed. A {@linkplain ByteReader#lenient() lenient} reader is Python's {@code BytesIO} (a short length
     * field is "not a valid Vorbis comment"); the errors of a strict reader (a container's file) propagate unchanged.
     *
     * @param input the input
     * @param errors the format's error factory (its error class and mutagen's words)
     * @param framing whether the framing bit is expected
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public VComment(ByteReader input, Errors errors, boolean framing) throws IOException {
        load(input, errors, framing);
    }

    /**
     * A lenient reader over a comment packet in memory, as mutagen reads one from {@code BytesIO}.
     *
     * @param data the bytes
     * @return a lenient reader over a comment packet in memory, as mutagen reads one from {@code BytesIO}
     */
    public static ByteReader reader(byte[] data) {
        return new ByteReader(data, VorbisError::new).lenient();
    }

    /**
     * Whether a text is a valid key: non-empty, characters 0x20..0x7D except {@code =}. Mirrors {@code is_valid_key}.
     *
     * @param key the key
     * @return whether a text is a valid key: non-empty, characters 0x20..0x7D except {@code =}
     */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!isKeyChar(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character may be in a key: 0x20..0x7D except {@code =}. */
    static boolean isKeyChar(char c) {
        return c >= ' ' && c <= '}' && c != '=';
    }

    /**
     * The vendor string.
     *
     * @return the vendor string
     */
    public String vendor() {
        return vendor;
    }

    /**
     * Sets the vendor string.
     *
     * @param newVendor the new vendor
     */
    public void vendor(String newVendor) {
        this.vendor = newVendor;
    }

    /**
     * The number of bytes the constructor consumed from its data (0 for a fresh comment; Python's {@code _size}).
     *
     * @return the number of bytes the constructor consumed from its data (0 for a fresh comment; Python's {@code
     *     _size})
     */
    public long loadedSize() {
        return size;
    }

    /**
     * The live list of {@code (key, value)} pairs, in order.
     *
     * @return the live list of {@code (key, value)} pairs, in order
     */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** A number that changes whenever {@link #entries()} changes (for indexes over it). */
    int entriesVersion() {
        return entries.version();
    }

    /**
     * The index of the entries by lower-cased key, rebuilt when {@link #entries()} changed since it was made. Tag
     * readers ask for every key's values: without it that is a scan of all entries per key.
     */
    KeyIndex index() {
        KeyIndex current = index;
        int version = entries.version();
        if (current == null || current.version != version) {
            current = KeyIndex.of(entries, version);
            index = current;
        }
        return current;
    }

    /**
     * Appends a pair (Python's {@code append((key, value))}); the key is checked only by {@link #validate()}.
     *
     * @param key the key
     * @param value the value
     */
    public void append(String key, String value) {
        entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
    }

    /**
     * The pair at an index.
     *
     * @param index the index
     * @return the pair at an index
     */
    public Map.Entry<String, String> get(int index) {
        return entries.get(index);
    }

    /**
     * The number of pairs (Python's {@code len()}).
     *
     * @return the number of pairs (Python's {@code len()})
     */
    public int size() {
        return entries.size();
    }

    /**
     * Whether there are no pairs.
     *
     * @return whether there are no pairs
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Removes every pair. */
    public void clear() {
        entries.clear();
    }

    @Override
    public Iterator<Map.Entry<String, String>> iterator() {
        return entries.iterator();
    }

    /** Parses a comment and appends its pairs (mutagen's {@code load}); the vendor is replaced. */
    protected void load(ByteReader input, Errors errors, boolean framing) throws IOException {
        CommentReader in = new CommentReader(input, errors);
        vendor = in.text(in.u32le());
        long count = in.u32le();
        // Capped: the count is the file's word, each entry costs at least 4 bytes of it.
        int expected = (int) Math.min(count, 1024);
        entries.ensureCapacity(expected);
        // The index is filled as the entries are read; it describes them only when there were none before.
        boolean fresh = entries.isEmpty();
        KeyIndex keys = new KeyIndex(fresh ? expected : 0);
        in.index = keys;
        for (long i = 0; i < count; i++) {
            Map.Entry<String, String> entry = in.entry(in.u32le());
            if (entry == null) {
                continue;
            }
            if (entry.getKey() == null) {
                entry = new AbstractMap.SimpleImmutableEntry<>("unknown" + i, entry.getValue());
            }
            // A key read on the fast path is valid and in the index already.
            int k = in.lastKey;
            if (k >= 0 || isValidKey(entry.getKey())) {
                if (k < 0) {
                    k = keys.intern(entry.getKey().toLowerCase(Locale.ROOT), entry.getKey());
                }
                keys.addPosition(k, entries.size());
                entries.add(entry);
            }
        }
        if (fresh) {
            keys.version = entries.version();
            index = keys;
        }
        if (framing) {
            byte[] bit = in.read(1);
            // NOTE: mutagen 1.48.1 raises IndexError when the framing byte is missing; here it is an unset bit.
            if (bit.length == 0 || (bit[0] & 0x01) == 0) {
                throw new VorbisUnsetFrameError("framing bit was unset");
            }
        }
        size = in.consumed();
    }

    /**
     * Skips a comment in an input without decoding it: what {@link #VComment(ByteReader, Errors, boolean)} with
     * {@link Errors#REPLACE} would consume, with the same errors. FLAC uses it to find the audio behind a comment
     * block whose size field is not trusted.
     *
     * @param input the input
     * @param framing whether the framing bit is expected
     * @return the number of bytes skipped
     * @throws IOException if reading or writing fails, or the data is invalid (a {@code MutagenError})
     */
    public static long skip(ByteReader input, boolean framing) throws IOException {
        CommentReader in = new CommentReader(input, Errors.REPLACE);
        in.skip(in.u32le());
        long count = in.u32le();
        for (long i = 0; i < count; i++) {
            in.skip(in.u32le());
        }
        if (framing) {
            byte[] bit = in.read(1);
            if (bit.length == 0 || (bit[0] & 0x01) == 0) {
                throw new VorbisUnsetFrameError("framing bit was unset");
            }
        }
        return in.consumed();
    }

    /**
     * Checks the vendor, keys and values (mutagen's {@code validate}).
     *
     * @return {@code true}
     * @throws IllegalArgumentException when something is not valid (Python's {@code ValueError})
     */
    public boolean validate() {
        if (vendor == null) {
            throw new IllegalArgumentException("vendor needs to be str");
        }
        for (Map.Entry<String, String> e : entries) {
            if (e == null) {
                throw new IllegalArgumentException("None is not a valid key");
            }
            if (!isValidKey(e.getKey())) {
                throw new IllegalArgumentException(PyRepr.repr(e.getKey()) + " is not a valid key");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException("None needs to be str for key " + PyRepr.str(e.getKey()));
            }
        }
        return true;
    }

    /**
     * The comment as bytes with this class's framing default (a framing bit here, none in {@code VCFLACDict}).
     *
     * @return the comment as bytes with this class's framing default (a framing bit here, none in {@code VCFLACDict})
     */
    public byte[] write() {
        return write(true);
    }

    /**
     * The comment as bytes: vendor, count, {@code key=value} entries (UTF-8, keys as stored), then a framing byte
     * {@code 01} when asked.
     *
     * @param framing whether the framing bit is expected
     * @return the comment as bytes: vendor, count, {@code key=value} entries (UTF-8, keys as stored), then a framing
     *     byte {@code 01} when asked
     * @throws IllegalArgumentException when {@link #validate()} fails or a text cannot be encoded
     */
    public byte[] write(boolean framing) {
        validate();
        List<byte[]> parts = new ArrayList<>(entries.size());
        long total = 8 + (framing ? 1 : 0);
        byte[] vendorBytes = utf8(vendor);
        total += vendorBytes.length;
        for (Map.Entry<String, String> e : entries) {
            byte[] key = utf8(e.getKey());
            byte[] value = utf8(e.getValue());
            byte[] comment = new byte[key.length + 1 + value.length];
            System.arraycopy(key, 0, comment, 0, key.length);
            comment[key.length] = '=';
            System.arraycopy(value, 0, comment, key.length + 1, value.length);
            parts.add(comment);
            total += 4 + comment.length;
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("Vorbis comment too large: " + total + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total);
        byte[] word = new byte[4];
        Bytes.put32le(word, 0, vendorBytes.length);
        out.put(word).put(vendorBytes);
        Bytes.put32le(word, 0, parts.size());
        out.put(word);
        for (byte[] comment : parts) {
            Bytes.put32le(word, 0, comment.length);
            out.put(word).put(comment);
        }
        if (framing) {
            out.put((byte) 1);
        }
        return out.array();
    }

    /** The pairs as {@code key=value} lines in stored order and case (mutagen's {@code pprint}). */
    @Override
    public String pprint() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : entries) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VComment && entries.equals(((VComment) other).entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** Python's list repr of the pairs: {@code [('artist', 'piman'), ...]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Map.Entry<String, String> e : entries) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('(').append(PyRepr.repr(e.getKey())).append(", ").append(PyRepr.repr(e.getValue())).append(')');
        }
        return sb.append(']').toString();
    }

    private static byte[] utf8(String text) {
        try {
            return Text.encode(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("'utf-8' codec can't encode " + PyRepr.str(text)
                    + ": surrogates not allowed", e);
        }
    }

    /**
     * A pair read from a file, with its key lower-cased once (what {@link VCommentDict} indexes by); equal to any
     * entry with the same key and value, as every entry of the list is.
     */
    static final class Comment extends AbstractMap.SimpleImmutableEntry<String, String> {
        private static final long serialVersionUID = 1L;

        final String lowerKey;

        Comment(String key, String lowerKey, String value) {
            super(key, value);
            this.lowerKey = lowerKey;
        }
    }
}
