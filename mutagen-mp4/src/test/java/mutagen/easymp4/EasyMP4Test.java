// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.easymp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import mutagen.MutagenError;
import mutagen.SaveOptions;
import mutagen.mp4.MP4Error;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_easymp4.py::TEasyMP4
class EasyMP4Test {
    @TempDir
    Path dir;
    Path filename;
    EasyMP4 mp4;

    @BeforeEach
    void setUp() throws IOException {
        filename = TestFiles.tempCopy(TestFiles.corpus("has-tags.m4a"), dir);
        mp4 = new EasyMP4(filename);
        mp4.delete();
    }

    @Test
    void testNoTags() throws IOException {
        EasyMP4 audio = new EasyMP4(TestFiles.corpus("no-tags.m4a"));
        assertNull(audio.tags());
        audio.addTags();
        assertNotNull(audio.tags());
    }

    @Test
    void testPadding() throws IOException {
        assertEquals(1634, mp4.padding());
        mp4.save(SaveOptions.defaults().withPadding(info -> 42));
        assertEquals(42, new EasyMP4(filename).padding());
    }

    @Test
    void testPprint() throws IOException {
        mp4.put("artist", "baz");
        assertEquals("artist=baz", mp4.tags().pprint());
        mp4.pprint();
    }

    @Test
    void testHasKey() {
        assertFalse(mp4.tags().containsKey("foo"));
    }

    @Test
    void testEmptyFile() {
        assertThrows(MP4Error.class, () -> new EasyMP4(TestFiles.corpus("emptyfile.mp3")));
    }

    @Test
    void testNonexistentFile() {
        assertThrows(MutagenError.class, () -> new EasyMP4(dir.resolve("does/not/exist")));
    }

    private static List<String> others() {
        List<String> keys = new java.util.ArrayList<>(EasyMP4.validKeys());
        keys.removeAll(List.of("tracknumber", "discnumber", "date", "bpm"));
        // EasyMP4KeysTest registers keys of its own in the same JVM: mutagen's built-in ones only
        keys.removeIf(k -> k.startsWith("test_"));
        return keys;
    }

    @Test
    void testWriteSingle() throws IOException {
        for (String key : others()) {
            for (int round = 0; round < 2; round++) {
                mp4.put(key, "a test value");
                mp4.save(filename);
                EasyMP4 again = new EasyMP4(filename);
                assertEquals(List.of("a test value"), again.tags().getItem(key));
                assertEquals(List.of(key), again.keys());
            }
            mp4.remove(key);
        }
    }

    @Test
    void testWriteDouble() throws IOException {
        for (String key : others()) {
            for (int round = 0; round < 2; round++) {
                mp4.put(key, List.of("a test", "value"));
                mp4.save(filename);
                EasyMP4 again = new EasyMP4(filename);
                assertEquals(List.of("a test", "value"), again.get(key));
                assertEquals(List.of(key), again.keys());
            }
            mp4.remove(key);
        }
    }

    @Test
    void testWriteDate() throws IOException {
        for (int round = 0; round < 2; round++) {
            mp4.put("date", "2004");
            mp4.save(filename);
            assertEquals(List.of("2004"), new EasyMP4(filename).tags().getItem("date"));
        }
    }

    @Test
    void testDateDelete() throws IOException {
        mp4.put("date", "2004");
        assertEquals(List.of("2004"), mp4.tags().getItem("date"));
        mp4.remove("date");
        assertFalse(mp4.tags().containsKey("date"));
    }

    @Test
    void testWriteDateDouble() throws IOException {
        for (int round = 0; round < 2; round++) {
            mp4.put("date", List.of("2004", "2005"));
            mp4.save(filename);
            assertEquals(List.of("2004", "2005"), new EasyMP4(filename).tags().getItem("date"));
        }
    }

    @Test
    void testWriteInvalid() {
        EasyMP4Tags tags = mp4.tags();
        EasyMP4KeyError e = assertThrows(EasyMP4KeyError.class, () -> tags.getItem("notvalid"));
        assertEquals("'notvalid' is not a valid key", e.getMessage());
        assertThrows(EasyMP4KeyError.class, () -> tags.delItem("notvalid"));
        assertThrows(EasyMP4KeyError.class, () -> tags.setItem("notvalid", "tests"));
        assertThrows(IllegalArgumentException.class, () -> tags.put("notvalid", "tests"));
    }

    @Test
    void testNumeric() throws IOException {
        mp4.put("bpm", "3");
        assertEquals(List.of("3"), mp4.tags().getItem("bpm"));
        mp4.save();
        EasyMP4 again = new EasyMP4(filename);
        assertEquals(List.of("3"), again.tags().getItem("bpm"));
        again.remove("bpm");
        assertFalse(again.tags().containsKey("bpm"));
        assertThrows(NoSuchElementException.class, () -> again.remove("bpm"));
        assertThrows(IllegalArgumentException.class, () -> mp4.put("bpm", "hello"));
    }

    @Test
    void testNumericPairs() throws IOException {
        for (String tag : List.of("tracknumber", "discnumber")) {
            for (String value : List.of("3", "3/10")) {
                mp4.put(tag, value);
                assertEquals(List.of(value), mp4.tags().getItem(tag));
                mp4.save();
                EasyMP4 again = new EasyMP4(filename);
                assertEquals(List.of(value), again.tags().getItem(tag));
                again.remove(tag);
                assertFalse(again.tags().containsKey(tag));
                assertThrows(NoSuchElementException.class, () -> again.remove(tag));
            }
            assertThrows(IllegalArgumentException.class, () -> mp4.put(tag, "hello"));
        }
    }
}
