// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__vorbis.py::TVCommentDict
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import mutagen.Tags;
import mutagen.testkit.VCommentDictContract;
import org.junit.jupiter.api.Test;

class VCommentDictTest extends VCommentDictContract<VCommentDict> {

    @Override
    protected VCommentDict create() {
        return new VCommentDict();
    }

    @Override
    protected Tags createPlainDict() {
        return new VCommentDict();
    }

    @Override
    protected VCommentDict parse(byte[] data) throws IOException {
        return new VCommentDict(data);
    }

    @Override
    protected byte[] write(VCommentDict dict) {
        return dict.write();
    }

    @Override
    protected List<Map.Entry<String, String>> readAsPlainVComment(byte[] written) throws IOException {
        return new VComment(written).entries();
    }

    @Override
    protected void append(VCommentDict dict, String key, String value) {
        dict.append(key, value);
    }

    @Override
    protected List<Map.Entry<String, String>> entries(VCommentDict dict) {
        return dict.entries();
    }

    @Override
    protected Map<String, List<String>> asDict(VCommentDict dict) {
        return dict.asDict();
    }

    @Override
    protected List<List<String>> values(VCommentDict dict) {
        return dict.values();
    }

    @Override
    protected List<Map.Entry<String, List<String>>> items(VCommentDict dict) {
        return dict.items();
    }

    // Beyond the Python suite.

    @Test
    void assignmentMovesKeyToTheEnd() {
        c.put("ARTIST", "x");
        assertEquals("title=more fakes\nARTIST=x", c.pprint());
        assertEquals(List.of("title", "artist"), c.keys());
    }

    @Test
    void equalsPlainVComment() throws VorbisError {
        assertEquals(new VComment(c.write()), c);
        assertEquals(c, new VComment(c.write()));
    }

    @Test
    void putRejectsNonText() {
        assertThrows(IllegalArgumentException.class, () -> c.put("title", (Object) new byte[] {1}));
        assertThrows(IllegalArgumentException.class, () -> c.put("title", (Object) List.of(1)));
        assertEquals(List.of("more fakes"), c.get("title"));
    }

    @Test
    void containsInvalidKey() {
        assertThrows(IllegalArgumentException.class, () -> c.containsKey("a=b"));
        assertThrows(IllegalArgumentException.class, () -> c.containsKey(""));
    }

    @Test
    void removeMessageIsLowerCased() {
        java.util.NoSuchElementException e = assertThrows(java.util.NoSuchElementException.class,
                () -> c.remove("WOO"));
        assertEquals("woo", e.getMessage());
    }

    // Not from mutagen's suite: get() compares keys without lower-casing them; the result must be lower() == lower().
    @Test
    void testGetMatchesKeysAsLowerCaseDoes() {
        VCommentDict d = new VCommentDict();
        d.entries().add(new java.util.AbstractMap.SimpleImmutableEntry<>("TiTlE", "a"));
        d.entries().add(new java.util.AbstractMap.SimpleImmutableEntry<>("title", "b"));
        d.entries().add(new java.util.AbstractMap.SimpleImmutableEntry<>("TITLES", "c"));
        d.entries().add(new java.util.AbstractMap.SimpleImmutableEntry<>("TIT", "d"));
        d.entries().add(new java.util.AbstractMap.SimpleImmutableEntry<>("T\u00c9TLE", "e"));
        d.entries().add(new java.util.AbstractMap.SimpleImmutableEntry<>("[TITLE]", "f"));
        assertEquals(List.of("a", "b"), d.get("TITLE"));
        assertEquals(List.of("c"), d.get("titles"));
        assertEquals(List.of("d"), d.get("tit"));
        assertEquals(List.of("f"), d.get("[title]"));
        assertEquals(null, d.get("titl"));
    }

    // Not from mutagen's suite: get(), keys() and containsKey() use an index by key; every way of changing the live
    // entries() list must be seen by the next call.
    private static Map.Entry<String, String> e(String key, String value) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    @Test
    void testIndexFollowsEveryChangeOfEntries() {
        VCommentDict d = new VCommentDict();
        List<Map.Entry<String, String>> entries = d.entries();
        entries.add(e("A", "1"));
        entries.add(e("b", "2"));
        assertEquals(List.of("a", "b"), d.keys());
        assertEquals(List.of("1"), d.get("a"));

        entries.set(0, e("a", "3"));
        assertEquals(List.of("3"), d.get("A"));
        entries.subList(1, 2).set(0, e("C", "4"));
        assertEquals(List.of("a", "c"), d.keys());
        assertEquals(null, d.get("b"));
        java.util.ListIterator<Map.Entry<String, String>> it = entries.listIterator();
        it.next();
        it.set(e("d", "5"));
        assertEquals(List.of("5"), d.get("d"));
        assertFalse(d.containsKey("a"));
        entries.subList(0, 2).replaceAll(x -> e(x.getKey(), x.getValue() + "!"));
        assertEquals(List.of("5!"), d.get("d"));
        entries.sort(Map.Entry.comparingByKey());
        assertEquals(List.of("c", "d"), d.keys());
        entries.replaceAll(x -> e("z", x.getValue()));
        assertEquals(List.of("4!", "5!"), d.get("z"));
        java.util.Collections.reverse(entries);
        assertEquals(List.of("5!", "4!"), d.get("z"));
        entries.remove(0);
        assertEquals(List.of("4!"), d.get("z"));
        entries.subList(0, 1).add(e("y", "6"));
        assertEquals(List.of("z", "y"), d.keys());
        entries.clear();
        assertEquals(List.of(), d.keys());
        assertFalse(d.containsKey("z"));
    }

    @Test
    void testIndexReadsValuesOfMutableEntriesLive() {
        VCommentDict d = new VCommentDict();
        Map.Entry<String, String> mutable = new java.util.AbstractMap.SimpleEntry<>("k", "old");
        d.entries().add(mutable);
        assertEquals(List.of("old"), d.get("k"));
        mutable.setValue("new");
        assertEquals(List.of("new"), d.get("K"));
    }

    @Test
    void testIndexSkipsNullEntriesAndKeys() {
        VCommentDict d = new VCommentDict();
        d.entries().add(null);
        d.entries().add(e(null, "x"));
        d.entries().add(e("k", "v"));
        assertEquals(List.of("k"), d.keys());
        assertEquals(List.of("v"), d.get("k"));
    }

    // Not from mutagen's suite: a parsed key equal in its bytes to the one before it reuses that key's lookup; a key
    // spelt otherwise, or another key between, must still be told apart. The parse must index as a fresh index does.
    @Test
    void testRepeatedKeysInARowKeepTheirSpellingAndValues() throws VorbisError {
        String[][] pairs = {{"ARTIST", "a"}, {"ARTIST", "b"}, {"artist", "c"}, {"artist", "d"}, {"Artist", "e"},
            {"MULTI_1", "f"}, {"MULTI_1", "g"}, {"MULTI_10", "h"}, {"MULTI_1", "i"}, {"ARTIST", "j"}, {"MULTI_1", "k"}};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {1, 0, 0, 0, 'v', (byte) pairs.length, 0, 0, 0});
        for (String[] kv : pairs) {
            byte[] entry = (kv[0] + "=" + kv[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeBytes(new byte[] {(byte) entry.length, 0, 0, 0});
            out.writeBytes(entry);
        }
        VCommentDict d = new VCommentDict(out.toByteArray(), VComment.Errors.REPLACE, false);
        for (int i = 0; i < pairs.length; i++) {
            assertEquals(pairs[i][0], d.get(i).getKey());
            assertEquals(pairs[i][1], d.get(i).getValue());
        }
        assertEquals(List.of("artist", "multi_1", "multi_10"), d.keys());
        assertEquals(List.of("a", "b", "c", "d", "e", "j"), d.get("artist"));
        assertEquals(List.of("f", "g", "i", "k"), d.get("MULTI_1"));
        assertEquals(List.of("h"), d.get("multi_10"));
        // The same answers from an index built afresh over the same entries.
        d.entries().add(e("other", "x"));
        d.entries().remove(d.size() - 1);
        assertEquals(List.of("artist", "multi_1", "multi_10"), d.keys());
        assertEquals(List.of("f", "g", "i", "k"), d.get("multi_1"));
    }

    // Not from mutagen's suite: get() with the keys of keys() in order takes a shortcut for them; any other string,
    // equal or not, valid or not, is looked up and checked as before.
    @Test
    void testGetWithOwnKeysAndWithOtherStrings() {
        VCommentDict d = new VCommentDict();
        d.entries().add(e("A", "1"));
        d.entries().add(e("b", "2"));
        d.entries().add(e("a", "3"));
        List<String> keys = d.keys();
        assertEquals(List.of("a", "b"), keys);
        assertEquals(List.of("2"), d.get(keys.get(1)));
        assertEquals(List.of("1", "3"), d.get(keys.get(0)));
        assertEquals(List.of("2"), d.get(keys.get(1)));
        assertEquals(List.of("1", "3"), d.get(new String("A")));
        assertEquals(null, d.get("c"));
        assertThrows(IllegalArgumentException.class, () -> d.get("a=b"));
        assertThrows(IllegalArgumentException.class, () -> d.get(""));
        assertThrows(IllegalArgumentException.class, () -> d.get(null));
        // A key of the list that is not a valid key is refused even when it is keys()' own string (as Python's
        // __getitem__ checks the key first).
        d.entries().add(e("b=c", "4"));
        d.entries().add(e("T\u00c9TLE", "5"));
        List<String> all = d.keys();
        assertEquals(List.of("a", "b", "b=c", "t\u00e9tle"), all);
        for (String k : all) {
            if (k.equals("a") || k.equals("b")) {
                assertEquals(k.equals("a") ? List.of("1", "3") : List.of("2"), d.get(k));
            } else {
                assertThrows(IllegalArgumentException.class, () -> d.get(k), k);
            }
        }
    }
}
