// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__vorbis.py::TVCommentDict (reused by tests/test_flac.py::TVCFLACDict)
package mutagen.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.Tags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every Vorbis comment dict (mutagen's {@code VCommentDict} and its subclasses such as
 * {@code VCFLACDict}) fulfils: case-insensitive keys that keep their stored case, multiple values in order,
 * assignment that replaces and appends, and a write/parse round trip.
 *
 * <p>It talks to the dict through the {@link Tags} API plus a few hooks, so the testkit needs no dependency on the
 * vorbis module; the vorbis, flac and ogg modules subclass it.
 *
 * <p>Not thread-safe: an instance is used by one thread at a time (or guarded by the caller).
 *
 * @param <T> the dict type under test
 */
public abstract class VCommentDictContract<T extends Tags> {

    /** The dict under test, set up as {@code artist=[mu, piman], title=[more fakes]}. */
    protected T c;

    /** Creates the contract; for subclasses. */
    protected VCommentDictContract() {
    }

    /** A new empty dict of the kind under test ({@code Kind()}). */
    protected abstract T create();

    /** A plain {@code VCommentDict()}, for {@code test_empty}. */
    protected abstract Tags createPlainDict();

    /** Parses bytes written by {@link #write(Tags)} ({@code Kind(data)}). */
    protected abstract T parse(byte[] data) throws IOException;

    /** The dict's bytes ({@code c.write()}). */
    protected abstract byte[] write(T dict);

    /** The pairs a plain {@code VComment} reads from the dict's written bytes (with a framing byte added if needed). */
    protected abstract List<Map.Entry<String, String>> readAsPlainVComment(byte[] written) throws IOException;

    /** Appends a pair ({@code c.append((key, value))}). */
    protected abstract void append(T dict, String key, String value);

    /** The live list of pairs ({@code list(c)}). */
    protected abstract List<Map.Entry<String, String>> entries(T dict);

    /** {@code c.as_dict()}. */
    protected abstract Map<String, List<String>> asDict(T dict);

    /** {@code c.values()}. */
    protected abstract List<List<String>> values(T dict);

    /** {@code c.items()}. */
    protected abstract List<Map.Entry<String, List<String>>> items(T dict);

    private static Map.Entry<String, String> pair(String k, String v) {
        return new AbstractMap.SimpleImmutableEntry<>(k, v);
    }

    @BeforeEach
    void setUpDict() {
        c = create();
        c.put("artist", List.of("mu", "piman"));
        c.put("title", "more fakes");
    }

    @Test
    void testCorrectLen() {
        assertEquals(3, entries(c).size());
    }

    @Test
    void testKeys() {
        assertTrue(c.keys().contains("artist"));
        assertTrue(c.keys().contains("title"));
    }

    @Test
    void testValues() {
        assertTrue(values(c).contains(List.of("mu", "piman")));
        assertTrue(values(c).contains(List.of("more fakes")));
    }

    @Test
    void testItems() {
        assertTrue(items(c).contains(new AbstractMap.SimpleImmutableEntry<>("artist", List.of("mu", "piman"))));
        assertTrue(items(c).contains(new AbstractMap.SimpleImmutableEntry<>("title", List.of("more fakes"))));
    }

    @Test
    void testEqual() {
        assertEquals(c, c);
    }

    @Test
    void testGet() {
        assertEquals(List.of("mu", "piman"), c.get("artist"));
        assertEquals(List.of("more fakes"), c.get("title"));
    }

    @Test
    void testSet() {
        c.put("woo", "bar");
        assertEquals(List.of("bar"), c.get("woo"));
    }

    @Test
    void testSlice() {
        List<Map.Entry<String, String>> l = List.of(pair("foo", "bar"), pair("foo", "bar2"));
        entries(c).clear();
        entries(c).addAll(l);
        assertEquals(l, entries(c));
        assertEquals(List.of("bar", "bar2"), c.get("foo"));
        entries(c).clear();
        assertEquals(List.of(), entries(c));
    }

    @Test
    void testIter() {
        assertEquals(pair("artist", "mu"), entries(c).iterator().next());
        assertEquals(pair("artist", "mu"), entries(c).get(0));
    }

    @Test
    void testDel() {
        c.remove("title");
        assertNull(c.get("title"));
    }

    @Test
    void testContains() {
        assertFalse(c.containsKey("foo"));
        assertTrue(c.containsKey("title"));
    }

    @Test
    void testGetCase() {
        assertEquals(List.of("mu", "piman"), c.get("ARTIST"));
    }

    @Test
    void testSetCase() {
        c.put("TITLE", "another fake");
        assertEquals(List.of("another fake"), c.get("title"));
    }

    @Test
    void testSetPreserveCase() {
        c.remove("title");
        c.put("TiTlE", "blah");
        assertTrue(entries(c).contains(pair("TiTlE", "blah")));
        assertTrue(c.containsKey("title"));
    }

    @Test
    void testContainsCase() {
        assertTrue(c.containsKey("TITLE"));
    }

    @Test
    void testDelCase() {
        c.remove("TITLE");
        assertNull(c.get("title"));
    }

    @Test
    void testGetFailure() {
        assertNull(c.get("woo"));
    }

    @Test
    void testDelFailure() {
        assertThrows(NoSuchElementException.class, () -> c.remove("woo"));
    }

    @Test
    void testRoundtrip() throws IOException {
        assertEquals(c, parse(write(c)));
    }

    @Test
    void testRoundtripVc() throws IOException {
        assertEquals(entries(c), readAsPlainVComment(write(c)));
    }

    @Test
    void testCaseItems426() {
        append(c, "WOO", "bar");
        assertTrue(items(c).contains(new AbstractMap.SimpleImmutableEntry<>("woo", List.of("bar"))));
    }

    @Test
    void testEmpty() {
        Tags empty = createPlainDict();
        assertTrue(empty.keys().isEmpty());
        T fresh = create();
        assertTrue(fresh.keys().isEmpty());
        assertTrue(values(fresh).isEmpty());
        assertTrue(items(fresh).isEmpty());
    }

    @Test
    void testAsDict() {
        Map<String, List<String>> d = asDict(c);
        assertTrue(d.containsKey("artist"));
        assertTrue(d.containsKey("title"));
        assertEquals(c.get("artist"), d.get("artist"));
        assertEquals(c.get("title"), d.get("title"));
    }

    @Test
    void testBadKey() {
        assertThrows(IllegalArgumentException.class, () -> c.get("\u1234"));
        assertThrows(IllegalArgumentException.class, () -> c.put("\u1234", "foo"));
        assertThrows(IllegalArgumentException.class, () -> c.remove("\u1234"));
    }

    @Test
    void testDuplicateKeys() {
        T d = create();
        for (String key : List.of("key", "Key", "KEY")) {
            append(d, key, "value");
        }
        assertEquals(1, d.keys().size());
        assertEquals(1, asDict(d).size());
    }
}
