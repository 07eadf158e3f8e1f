// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.vorbis;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import mutagen.util.ByteReader;
import mutagen.util.PyRepr;
import mutagen.util.Text;
import mutagen.util.Utf8Decoder;
import mutagen.vorbis.VComment.Comment;
import mutagen.vorbis.VComment.Errors;

/**
 * How {@link VComment} reads a comment: counts what was read, turns short integer reads into mutagen's "not a valid
 * Vorbis comment", and decodes text and {@code key=value} entries straight from the input's bytes, filling the
 * comment's {@link KeyIndex} as it goes.
 *
 * <p>Not thread-safe: one reader per comment being read.
 */
final class CommentReader {
    private final ByteReader in;
    private final long start;
    private final Errors errors;
    /** The index the entries are read into (by {@code load}). */
    KeyIndex index;
    /** The key number of the entry just read when it was read on the fast path (valid, ASCII), else -1. */
    int lastKey = -1;
    // The last key read on the fast path: its KeyIndex.match and its string (the key's bytes as they were
    // spelt). A multi-valued field's entries usually follow one another: the next key is then the same again.
    private int prevMatch;
    private String prevKey = "";
    /** Decodes the values that are not ASCII (made at the first). */
    private Utf8Decoder utf8;

    CommentReader(ByteReader in, Errors errors) {
        this.in = in;
        this.start = in.tell();
        this.errors = errors;
    }

    long consumed() {
        return in.tell() - start;
    }

    byte[] read(long n) throws IOException {
        return in.bytes(n);
    }

    void skip(long n) throws IOException {
        in.skip(n);
    }

    /** A short length field is mutagen's error for a lenient input; a strict one fails with its own. */
    long u32le() throws IOException {
        if (in.isLenient() && in.remainingLong() < 4) {
            throw new VorbisError("file is not a valid Vorbis comment");
        }
        return in.u32le();
    }

    String text(long n) throws IOException {
        if (n >= 0 && n <= in.available()) {
            byte[] data = in.array();
            int at = in.arrayPosition();
            in.skip(n);
            return decodeText(data, at, at + (int) n);
        }
        return in.read(n, this::decodeText);
    }

    /**
     * The next {@code n} bytes as a {@code key=value} entry (mutagen decodes the whole string, then splits it at
     * the first {@code =}); a {@code null} key when there is no {@code =} (the caller names it), {@code null}
     * when the entry is dropped ({@link Errors#IGNORE}).
     */
    Map.Entry<String, String> entry(long n) throws IOException {
        if (n >= 0 && n <= in.available()) {
            // In memory (the usual case): decoded by a direct call, which the JIT inlines, not through read()'s
            // call site, which every format's chunks share.
            byte[] data = in.array();
            int at = in.arrayPosition();
            in.skip(n);
            return decodeEntry(data, at, at + (int) n);
        }
        return in.read(n, this::decodeEntry);
    }

    private String decodeText(byte[] data, int from, int to) throws VorbisEncodingError {
        return decode(data, from, to, errors);
    }

    private Map.Entry<String, String> decodeEntry(byte[] data, int from, int to) throws VorbisEncodingError {
        lastKey = -1;
        long scan = Words.scanKey(data, from, to);
        int eq = (int) scan;
        boolean ascii = (scan & Words.NON_ASCII) == 0;
        boolean valid = (scan & Words.INVALID) == 0;
        boolean upper = (scan & Words.UPPER) != 0;
        if (eq == to) {
            String string = decode(data, from, to, errors);
            if (errors == Errors.IGNORE) {
                return null;
            } else if (errors == Errors.REPLACE) {
                return new AbstractMap.SimpleImmutableEntry<>(null, string);
            }
            throw new VorbisEncodingError("not enough values to unpack (expected 2, got 1)");
        }
        // A '=' byte is never part of a multi-byte UTF-8 sequence, so the two halves decode as the whole would.
        String key;
        String value;
        try {
            // An ASCII key (the usual case) is its own text: nothing to decode or to replace.
            key = ascii ? null : decode(data, from, eq, errors);
            value = value(data, eq + 1, to);
        } catch (VorbisEncodingError e) {
            // Python reports the first bad byte of the whole string.
            throw errors == Errors.STRICT ? strictError(data, from, to) : e;
        }
        if (!ascii) {
            return new AbstractMap.SimpleImmutableEntry<>(asciiKey(key, errors), value);
        }
        int len = eq - from;
        if (!valid || len == 0) {
            // Dropped by the caller (not a valid key); never indexed.
            key = Text.latin1(data, from, len);
            return new Comment(key, upper ? key.toLowerCase(Locale.ROOT) : key, value);
        }
        int m;
        String spelt;
        if (KeyIndex.same(prevKey, data, from, len)) {
            m = prevMatch;
            spelt = prevKey;
        } else {
            int hash = Words.hash(data, from, len);
            m = index.match(data, from, len, hash);
            if (m < 0) {
                m = addKey(data, from, len, hash, upper);
            }
            spelt = spelling(index, m, data, from, len, upper);
            prevMatch = m;
            prevKey = spelt;
        }
        lastKey = m >> 1;
        return new Comment(spelt, index.lower(m >> 1), value);
    }

    /**
     * Adds a valid ASCII key met for the first time to this comment's index and answers its {@link
     * KeyIndex#match}: a frequent key ({@link VorbisKeys}) shares the table's strings, any other is made once
     * here; a key met again (a multi-valued field) then shares them too.
     */
    private int addKey(byte[] data, int from, int len, int hash, boolean upper) {
        KeyIndex known = VorbisKeys.TABLE;
        int c = known.match(data, from, len, hash);
        if (c >= 0) {
            return 2 * index.add(known.lower(c >> 1), spelling(known, c, data, from, len, upper), hash) + 1;
        }
        String key = Text.latin1(data, from, len);
        return 2 * index.add(upper ? key.toLowerCase(Locale.ROOT) : key, key, hash) + 1;
    }

    /** The key as spelt in the bytes, for a {@link KeyIndex#match} {@code m}: a shared string where one is. */
    private static String spelling(KeyIndex keys, int m, byte[] data, int from, int len, boolean upper) {
        if ((m & 1) != 0) {
            return keys.spelling(m >> 1);
        }
        return upper ? Text.latin1(data, from, len) : keys.lower(m >> 1);
    }

    private static String asciiKey(String tag, Errors errors) throws VorbisEncodingError {
        StringBuilder sb = null;
        for (int i = 0; i < tag.length(); ) {
            int cp = tag.codePointAt(i);
            if (cp >= 0x80) {
                if (errors == Errors.STRICT) {
                    throw new VorbisEncodingError("invalid tag name " + PyRepr.str(tag));
                }
                if (sb == null) {
                    sb = new StringBuilder(tag.substring(0, i));
                }
                if (errors == Errors.REPLACE) {
                    sb.append('?');
                }
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i += Character.charCount(cp);
        }
        return sb == null ? tag : sb.toString();
    }

    /**
     * An entry's value: valid text through the comment's {@link Utf8Decoder} (its buffer kept from value to value),
     * anything else decoded with the comment's error handling.
     */
    private String value(byte[] data, int from, int to) throws VorbisEncodingError {
        if (utf8 == null) {
            utf8 = new Utf8Decoder();
        }
        String text = utf8.decodeIfValid(data, from, to);
        return text != null ? text : decode(data, from, to, errors);
    }

    private static String decode(byte[] data, int from, int to, Errors errors) throws VorbisEncodingError {
        CodingErrorAction action = errors == Errors.REPLACE ? CodingErrorAction.REPLACE
                : errors == Errors.IGNORE ? CodingErrorAction.IGNORE : CodingErrorAction.REPORT;
        try {
            return Text.decode(data, from, to - from, StandardCharsets.UTF_8, action);
        } catch (CharacterCodingException e) {
            throw strictError(data, from, to);
        }
    }

    private static VorbisEncodingError strictError(byte[] data, int from, int to) {
        return new VorbisEncodingError(Text.utf8ErrorText(data, from, to - from));
    }
}
