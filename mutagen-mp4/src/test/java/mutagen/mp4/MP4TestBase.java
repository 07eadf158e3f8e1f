// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

// The shared base of the ports of tests/test_mp4.py TMP4* (mutagen's TMP4; its tests count in the classes extending it)
abstract class MP4TestBase {
    @TempDir
    Path dir;
    Path filename;
    MP4 audio;

    abstract String original();

    Path originalPath() {
        return TestFiles.corpus(original());
    }

    @BeforeEach
    void setUp() throws IOException {
        filename = TestFiles.tempCopy(originalPath(), dir);
        audio = new MP4(filename);
    }

    /** Python's {@code set_key}: set, save, reload, compare ({@code bytes} equal to covers and freeforms). */
    void setKey(String key, Object value) throws IOException {
        setKey(key, value, value);
    }

    void setKey(String key, Object value, Object result) throws IOException {
        audio.put(key, value);
        audio.save();
        MP4 again = new MP4(filename);
        assertTrue(again.tags().containsKey(key));
        assertPyEquals(result, again.get(key));
    }

    static void assertPyEquals(Object expected, Object actual) {
        if (expected instanceof List && actual instanceof List) {
            List<?> e = (List<?>) expected;
            List<?> a = (List<?>) actual;
            assertEquals(e.size(), a.size(), "length of " + a);
            for (int i = 0; i < e.size(); i++) {
                assertPyEquals(e.get(i), a.get(i));
            }
        } else if (expected instanceof byte[]) {
            Object a = actual;
            byte[] got = a instanceof MP4Cover ? ((MP4Cover) a).data()
                    : a instanceof MP4FreeForm ? ((MP4FreeForm) a).data() : (byte[]) a;
            assertArrayEquals((byte[]) expected, got);
        } else if (expected instanceof Number && actual instanceof Number) {
            assertEquals(((Number) expected).longValue(), ((Number) actual).longValue());
        } else {
            assertEquals(expected, actual);
        }
    }
}
