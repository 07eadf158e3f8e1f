// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.apev2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class APEv2Test {

    // Port of tests/test_apev2.py::Tis_valid_apev2_key
    @Nested
    class IsValidApev2Key {
        @Test
        void testYes() {
            for (String key : List.of("foo", "Foo", "   f ~~~")) {
                assertTrue(APEv2.isValidApev2Key(key), key);
            }
        }

        @Test
        void testNo() {
            for (String key : List.of("\u0011hi", "ffoo\u00ff", "\u1234", "a", "", "foo".repeat(100))) {
                assertFalse(APEv2.isValidApev2Key(key), key);
            }
        }

        /** Python's TypeError for bytes: the only non-String a Java caller can pass is null. */
        @Test
        void testPy3() {
            assertThrows(IllegalArgumentException.class, () -> APEv2.isValidApev2Key(null));
        }
    }

    // Port of tests/test_apev2.py::TAPEInvalidItemCount
    @Nested
    class InvalidItemCount {
        @Test
        void testLoad() throws IOException {
            APEv2 x = new APEv2(TestFiles.corpus("145-invalid-item-count.apev2"));
            assertEquals(17, x.keys().size());
        }
    }

    // Port of tests/test_apev2.py::TAPEv2
    @Nested
    class APEv2Tag {
        @TempDir
        Path dir;
        Path filename;
        APEv2 audio;

        @BeforeEach
        void setUp() throws IOException {
            filename = ApeTestSupport.copy(ApeTestSupport.OLD, dir);
            audio = load();
        }

        APEv2 load() throws IOException {
            return new APEv2(filename);
        }

        @Test
        void testInvalidKey() {
            assertThrows(IllegalArgumentException.class, () -> audio.put("\u1234", "foo"));
        }

        @Test
        void testGuessText() {
            audio.put("test", "foobar");
            assertEquals("foobar", audio.get("test").value());
            assertInstanceOf(APETextValue.class, audio.get("test"));
        }

        @Test
        void testGuessTextList() {
            audio.put("test", List.of("foobar", "quuxbarz"));
            assertEquals("foobar\0quuxbarz", audio.get("test").value());
            assertInstanceOf(APETextValue.class, audio.get("test"));
        }

        @Test
        void testGuessUtf8() {
            audio.put("test", "foobar");
            assertEquals("foobar", audio.get("test").value());
            assertInstanceOf(APETextValue.class, audio.get("test"));
        }

        @Test
        void testGuessNotUtf8() {
            audio.put("test", new byte[] {(byte) 0xa4, 'w', 'o', 'o'});
            assertInstanceOf(APEBinaryValue.class, audio.get("test"));
            assertEquals(4, ((APEBinaryValue) audio.get("test")).size());
        }

        @Test
        void testBadValueType() {
            assertThrows(IllegalArgumentException.class, () -> APEValue.of("foo", 99));
        }

        @Test
        void testModuleDeleteEmpty() throws IOException {
            Path empty = ApeTestSupport.copy(TestFiles.corpus("emptyfile.mp3"), dir);
            APEv2.deleteFrom(empty);
            assertEquals(0, ApeTestSupport.size(empty));
        }

        @Test
        void testInvalid() {
            assertThrows(MutagenError.class, () -> new APEv2(Path.of("dne")));
        }

        /** mutagen names "empty.mp3", which its data folder lacks (so any error passed): an MP3 without APEv2. */
        @Test
        void testNoTag() {
            assertThrows(APENoHeaderError.class, () -> new APEv2(TestFiles.corpus("xing.mp3")));
        }

        @Test
        void testCases() {
            assertEquals(audio.get("artist"), audio.get("ARTIST"));
            assertTrue(audio.containsKey("artist"));
            assertTrue(audio.containsKey("artisT"));
        }

        @Test
        void testKeys() {
            assertTrue(audio.keys().contains("Track"));
            assertTrue(audio.values().contains(new APETextValue("AnArtist")));
            List<Map.Entry<String, APEValue>> zipped = new ArrayList<>();
            for (int i = 0; i < audio.size(); i++) {
                zipped.add(Map.entry(audio.keys().get(i), audio.values().get(i)));
            }
            assertEquals(zipped, audio.items());
        }

        @Test
        void testKeyType() {
            assertInstanceOf(String.class, audio.keys().get(0));
        }

        /** KeyError on get becomes null (Tags.get's convention), on put IllegalArgumentException, on remove NSEE. */
        @Test
        void testInvalidKeys() {
            assertNull(audio.get("\0"));
            assertThrows(IllegalArgumentException.class, () -> audio.put("\0", ""));
            assertThrows(NoSuchElementException.class, () -> audio.remove("\0"));
        }

        @Test
        void testDictlike() {
            assertNotNull(audio.get("track"));
            assertNotNull(audio.get("Track"));
        }

        @Test
        void testDel() {
            APEValue s = audio.get("artist");
            audio.remove("artist");
            assertFalse(audio.containsKey("artist"));
            assertNull(audio.get("artist"));
            assertThrows(NoSuchElementException.class, () -> audio.remove("artist"));
            audio.put("Artist", s);
            assertEquals("AnArtist", audio.get("artist").value());
        }

        @Test
        void testValues() {
            assertEquals(audio.get("artist"), audio.get("artist"));
            assertTrue(((APETextValue) audio.get("artist")).compareTo((APETextValue) audio.get("title")) < 0);
            assertEquals("AnArtist", audio.get("artist").value());
            assertEquals("Some Music", audio.get("title").value());
            assertEquals("A test case", audio.get("album").value());
            assertEquals("07", audio.get("track").value());
            assertNotEquals("A test Case", audio.get("album").value());
        }

        @Test
        void testPprint() {
            assertFalse(audio.pprint().isEmpty());
        }
    }

    // Port of tests/test_apev2.py::TAPEv2ThenID3v1
    @Nested
    class APEv2ThenID3v1 extends APEv2Tag {
        @Override
        APEv2 load() throws IOException {
            ApeTestSupport.append(filename, ApeTestSupport.id3v1());
            return new APEv2(filename);
        }
    }

    // Port of tests/test_apev2.py::TAPEv2WithLyrics2
    @Nested
    class WithLyrics2 {
        @Test
        void testValues() throws IOException {
            APEv2 tag = new APEv2(TestFiles.corpus("apev2-lyricsv2.mp3"));
            assertEquals("000,179", tag.get("MP3GAIN_MINMAX").value());
            assertEquals("-4.080000 dB", tag.get("REPLAYGAIN_TRACK_GAIN").value());
            assertEquals("1.008101", tag.get("REPLAYGAIN_TRACK_PEAK").value());
        }
    }

    // Port of tests/test_apev2.py::TAPEv2File
    @Nested
    class APEv2FileTest {
        APEv2File audio;

        @BeforeEach
        void setUp() throws IOException {
            audio = new APEv2File(TestFiles.corpus("click.mpc"));
        }

        @Test
        void testEmpty() throws IOException {
            APEv2File f = new APEv2File(TestFiles.corpus("xing.mp3"));
            assertTrue(f.keys().isEmpty());
        }

        @Test
        void testAddTags() throws MutagenError {
            assertNull(audio.tags());
            audio.addTags();
            assertNotNull(audio.tags());
            assertThrows(APEv2Error.class, audio::addTags);
        }

        @Test
        void testUnknownInfo() {
            assertEquals("Unknown format with APEv2 tag.", audio.info().pprint());
            assertEquals(0.0, audio.info().length());
        }
    }
}
