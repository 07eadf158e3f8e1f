// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mutagen.mp4.MP4FreeForm;
import mutagen.mp4.MP4Pair;
import org.junit.jupiter.api.Test;

/** The key registry and the built-in keys' conversions, checked against mutagen 1.48.1's results. */
class EasyMP4KeysTest {

    @Test
    void testBuiltInKeysInMutagensOrder() {
        List<String> keys = EasyMP4.validKeys();
        assertEquals(List.of("title", "album", "artist", "albumartist", "date", "comment", "description",
                "grouping", "genre", "copyright", "albumsort", "albumartistsort", "artistsort", "titlesort",
                "composersort", "musicbrainz_artistid", "musicbrainz_trackid", "musicbrainz_albumid",
                "musicbrainz_albumartistid", "musicip_puid", "musicbrainz_albumstatus", "musicbrainz_albumtype",
                "releasecountry", "bpm", "tracknumber", "discnumber"), keys.subList(0, 26));
    }

    @Test
    void testKeysAreCaseInsensitive() throws Exception {
        EasyMP4Tags t = new EasyMP4Tags();
        t.put("TiTle", "x");
        assertEquals(List.of("x"), t.getItem("TITLE"));
        assertEquals(List.of("x"), t.mp4Tags().get("\u00a9nam"));
    }

    @Test
    void testIntKeyClampsAndParsesLikePythonInt() throws Exception {
        EasyMP4Tags t = new EasyMP4Tags();
        t.put("bpm", List.of(" 12 ", "-5", "70000", "1_0"));
        assertEquals(List.of(12L, 0L, 65535L, 10L), t.mp4Tags().get("tmpo"));
        assertEquals(List.of("12", "0", "65535", "10"), t.getItem("bpm"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.put("bpm", "1.5"));
        assertEquals("invalid literal for int() with base 10: '1.5'", e.getMessage());
    }

    @Test
    void testPairKey() throws Exception {
        EasyMP4Tags t = new EasyMP4Tags();
        t.put("tracknumber", List.of("3/10", "4", "99999/-1"));
        assertEquals(List.of(new MP4Pair(3, 10), new MP4Pair(4, 0), new MP4Pair(65535, 0)),
                t.mp4Tags().get("trkn"));
        assertEquals(List.of("3/10", "4", "65535"), t.getItem("tracknumber"));
        assertThrows(IllegalArgumentException.class, () -> t.put("tracknumber", "1/2/3"));
        assertThrows(IllegalArgumentException.class, () -> t.put("tracknumber", "x/2"));
        assertThrows(IllegalArgumentException.class, () -> t.put("tracknumber", List.of(3)));
    }

    @Test
    void testFreeformKey() throws Exception {
        EasyMP4Tags t = new EasyMP4Tags();
        t.put("musicbrainz_trackid", "\u00e9");
        Object raw = ((List<?>) t.mp4Tags().get("----:com.apple.iTunes:MusicBrainz Track Id")).get(0);
        assertArrayEquals("\u00e9".getBytes(StandardCharsets.UTF_8), (byte[]) raw);
        t.mp4Tags().put("----:com.apple.iTunes:MusicBrainz Track Id",
                List.of(new MP4FreeForm(new byte[] {'a', (byte) 0xff})));
        assertEquals(List.of("a\ufffd"), t.getItem("musicbrainz_trackid"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> t.put("musicbrainz_trackid", List.of(1L)));
        assertEquals("1 not str", e.getMessage());
    }

    @Test
    void testRegisterPatternKeyAndPprint() throws Exception {
        EasyMP4Tags.registerFreeformKey("test_registered_*", "unused");
        EasyMP4Tags.registerKey("test_registered_*", (tags, key) -> List.of("got " + key), null, null,
                (tags, key) -> tags.containsKey("tst1") ? List.of("test_registered_b", "test_registered_a")
                        : List.of());
        // on an atom of its own, so that the registrations show in no other test's keys
        EasyMP4Tags.registerTextKey("test_composer", "tst1");
        EasyMP4Tags.registerIntPairKey("test_pair", "disk", 1, 9);
        EasyMP4Tags t = new EasyMP4Tags();
        t.put("test_composer", List.of("b", "a"));
        t.put("test_pair", "0/20");
        assertEquals(List.of(new MP4Pair(1, 9)), t.mp4Tags().get("disk"));
        assertEquals(List.of("got test_registered_x"), t.getItem("test_registered_x"));
        assertTrue(t.keys().containsAll(List.of("test_registered_b", "test_registered_a", "test_composer")));
        String text = t.pprint();
        assertTrue(text.contains("discnumber=1/9\n"), text);
        assertTrue(text.contains("test_composer=b\ntest_composer=a\ntest_pair=1/9\n"
                + "test_registered_a=got test_registered_a\ntest_registered_b=got test_registered_b"), text);
    }
}
