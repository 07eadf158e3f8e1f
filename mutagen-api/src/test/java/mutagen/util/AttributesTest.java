// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {
    private static final String[] KEYS = {"length", "bitrate", "album_peak"};

    @Test
    void testKeepsOrderAndAnswersLikeAMap() {
        Map<String, Object> m = Attributes.of(KEYS, 1.5, 128000, null);
        assertEquals(List.of("length", "bitrate", "album_peak"), new ArrayList<>(m.keySet()));
        assertEquals(1.5, m.get("length"));
        assertEquals(128000, m.get("bitrate"));
        assertNull(m.get("album_peak"));
        assertTrue(m.containsKey("album_peak"));
        assertFalse(m.containsKey("channels"));
        assertNull(m.get("channels"));
        assertEquals(3, m.size());
        Map<String, Object> same = new LinkedHashMap<>();
        same.put("length", 1.5);
        same.put("bitrate", 128000);
        same.put("album_peak", null);
        assertEquals(same, m);
        assertEquals(same.hashCode(), m.hashCode());
        assertEquals(same.toString(), m.toString());
    }

    @Test
    void testIsUnmodifiableAndChecksLengths() {
        Map<String, Object> m = Attributes.of(KEYS, 1.5, 128000, null);
        assertThrows(UnsupportedOperationException.class, () -> m.put("length", 2.0));
        assertThrows(UnsupportedOperationException.class, () -> m.remove("length"));
        assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().next().setValue(1));
        assertThrows(IllegalArgumentException.class, () -> Attributes.of(KEYS, 1.5));
    }
}
