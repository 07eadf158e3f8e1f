// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import mutagen.common.TagMapping.Row;
import mutagen.common.TagMapping.Slot;
import org.junit.jupiter.api.Test;

class TagMappingTest {

    @Test
    void parseReadsEveryKindOfRow() {
        TagMapping t = TagMapping.parse("Test", """
                # a comment
                TITLE        | Title
                TRACK_NUMBER | Track | number
                TRACK_TOTAL  | Track | total

                TRACK_TOTAL  | TOTAL | read
                DISC_TOTAL   | Disc | read-total
                DISC_NUMBER  | Disc | read-number
                """);
        assertEquals("Test", t.format());
        assertEquals(List.of(new Row(CommonKey.TITLE, "Title", Slot.TEXT, true)), t.rows(CommonKey.TITLE));
        assertEquals(List.of(new Row(CommonKey.TRACK_TOTAL, "Track", Slot.TOTAL, true),
                new Row(CommonKey.TRACK_TOTAL, "TOTAL", Slot.TEXT, false)), t.rows(CommonKey.TRACK_TOTAL));
        assertEquals(new Row(CommonKey.DISC_TOTAL, "Disc", Slot.TOTAL, false), t.rows(CommonKey.DISC_TOTAL).get(0));
        assertEquals(new Row(CommonKey.DISC_NUMBER, "Disc", Slot.NUMBER, false),
                t.rows(CommonKey.DISC_NUMBER).get(0));
        assertTrue(t.supports(CommonKey.TITLE));
        assertFalse(t.supports(CommonKey.GENRE));
        assertEquals(List.of(), t.rows(CommonKey.GENRE));
        assertEquals(List.of("Title", "Track", "TOTAL", "Disc"), t.nativeKeys());
        assertEquals(6, t.rows().size());
    }

    @Test
    void parseRefusesMalformedRows() {
        assertThrows(IllegalArgumentException.class, () -> TagMapping.parse("x", "TITLE"));
        assertThrows(IllegalArgumentException.class, () -> TagMapping.parse("x", "TITLE | a | text | more"));
        assertThrows(IllegalArgumentException.class, () -> TagMapping.parse("x", "NOT_A_KEY | a"));
        assertThrows(IllegalArgumentException.class, () -> TagMapping.parse("x", "TITLE | a | sideways"));
    }

    @Test
    void picardNamesAreUniqueAndLowerCase() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CommonKey k : CommonKey.values()) {
            assertTrue(seen.add(k.picardName()), k.toString());
            assertEquals(k.picardName().toLowerCase(java.util.Locale.ROOT), k.picardName());
        }
    }

    @Test
    void audioPropertiesComeFromPythonAttributeNames() {
        AudioProperties p = AudioProperties.fromAttributes(2.5, Map.of("bitrate", 128000L, "sample_rate", 44100,
                "channels", 2, "codec", "mp4a.40.2"));
        assertEquals(2.5, p.length());
        assertEquals(OptionalInt.of(128000), p.bitrate());
        assertEquals(OptionalInt.of(44100), p.sampleRate());
        assertEquals(OptionalInt.of(2), p.channels());
        assertEquals(OptionalInt.empty(), p.bitsPerSample());
        assertEquals("mp4a.40.2", p.codec().orElseThrow());
        assertEquals("WMA", AudioProperties.fromAttributes(0, Map.of("codec_name", "WMA")).codec().orElseThrow());
        assertTrue(AudioProperties.fromAttributes(0, Map.of("bitrate", 1L << 40)).bitrate().isEmpty());
    }
}
