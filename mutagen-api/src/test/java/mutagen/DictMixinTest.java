// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Port of tests/test__util.py::TDictMixin: mutagen's {@code DictMixin} is the mapping protocol of {@code FileType};
 * here {@link FileType}'s keys/get/put/remove over map-backed tags, compared with a plain map after every test. The
 * Python dict extras (values, items, pop, popitem, update, setdefault, clear) are not part of the Java API.
 */
class DictMixinTest {
    private FileTypeTest.Fake fdict;
    private Map<String, Object> rdict;

    @BeforeEach
    void setUp() throws MutagenError {
        fdict = new FileTypeTest.Fake(null, null);
        rdict = new LinkedHashMap<>();
        fdict.put("foo", "bar");
        rdict.put("foo", "bar");
    }

    @AfterEach
    void tearDown() {
        Map<String, Object> seen = new LinkedHashMap<>();
        for (String key : fdict.keys()) {
            seen.put(key, fdict.get(key));
        }
        assertEquals(rdict, seen);
    }

    @Test
    void testGetsetitem() {
        assertEquals("bar", fdict.get("foo"));
        assertNull(fdict.get("bar"), "an absent key reads as null (Python's KeyError)");
    }

    @Test
    void testHasKeyContains() {
        assertTrue(fdict.tags().containsKey("foo"));
        assertFalse(fdict.tags().containsKey("bar"));
    }

    @Test
    void testIter() {
        assertEquals(List.of("foo"), fdict.keys());
    }

    @Test
    void testKeys() {
        assertEquals(new ArrayList<>(rdict.keySet()), fdict.keys());
    }

    @Test
    void testGet() {
        assertEquals(rdict.get("a"), fdict.get("a"));
        assertEquals(rdict.getOrDefault("a", "b"), fdict.get("a") == null ? "b" : fdict.get("a"));
        assertEquals(rdict.get("foo"), fdict.get("foo"));
    }

    @Test
    void testLen() {
        assertEquals(rdict.size(), fdict.keys().size());
    }
}
