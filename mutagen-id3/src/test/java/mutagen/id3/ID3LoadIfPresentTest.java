// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import mutagen.easyid3.EasyID3;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** {@link ID3#loadIfPresent}: the non-throwing load behind ID3FileType, and {@link EasyID3#wrap}. */
class ID3LoadIfPresentTest {
    private static FileSource source(String name) throws IOException {
        return FileSource.open(TestFiles.corpus(name));
    }

    @Test
    void testAnswersFalseWhereLoadThrowsNoHeader() throws IOException {
        try (FileSource s = source("no-tags.mp3")) {
            ID3 id3 = new ID3();
            assertFalse(id3.loadIfPresent(s, ID3LoadOptions.defaults()));
            assertTrue(id3.keys().isEmpty());
            assertNull(id3.filename());
            ID3NoHeaderError e = assertThrows(ID3NoHeaderError.class,
                    () -> new ID3().load(s, ID3LoadOptions.defaults()));
            assertEquals("'" + TestFiles.corpus("no-tags.mp3") + "' doesn't start with an ID3 tag", e.getMessage());
        }
        try (FileSource s = FileSource.of(new byte[5], "tiny")) {
            assertFalse(new ID3().loadIfPresent(s, ID3LoadOptions.defaults()));
            assertEquals("tiny: too small", assertThrows(ID3NoHeaderError.class,
                    () -> new ID3().load(s, ID3LoadOptions.defaults())).getMessage());
        }
    }

    @Test
    void testLoadsLikeLoad() throws IOException {
        for (String name : List.of("silence-44-s.mp3", "id3v1v2-combined.mp3", "silence-44-s-v1.mp3")) {
            try (FileSource s = source(name)) {
                ID3 quiet = new ID3();
                assertTrue(quiet.loadIfPresent(s, ID3LoadOptions.defaults()), name);
                ID3 loaded = new ID3(s, ID3LoadOptions.defaults());
                assertEquals(loaded.pprint(), quiet.pprint(), name);
                assertEquals(loaded.version(), quiet.version(), name);
                assertEquals(TestFiles.corpus(name), quiet.filename());
            }
        }
    }

    @Test
    void testEasyWrapSharesTheTag() throws IOException {
        try (FileSource s = source("silence-44-s.mp3")) {
            ID3 id3 = new ID3(s, ID3LoadOptions.defaults());
            EasyID3 easy = EasyID3.wrap(id3);
            assertEquals(List.of("Silence"), easy.get("title"));
            easy.put("title", List.of("changed"));
            assertEquals("changed", ((Frame) id3.get("TIT2")).str());
            assertThrows(NullPointerException.class, () -> EasyID3.wrap(null));
        }
    }
}
