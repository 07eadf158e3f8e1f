// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TEasyMP3
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EasyMP3Test {
    @TempDir
    Path tmp;

    private Path filename;
    private EasyMP3 mp3;

    @BeforeEach
    void setUp() throws IOException {
        filename = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
        mp3 = new EasyMP3(filename);
    }

    @Test
    void testArtist() {
        assertTrue(mp3.tags().containsKey("artist"));
    }

    @Test
    void testNoComposer() {
        assertFalse(mp3.tags().containsKey("composer"));
    }

    @Test
    void testLength() throws IOException {
        // https://github.com/quodlibet/mutagen/issues/125
        // easyid3, normal id3 and mpeg loading without tags should skip
        // the tags and get the right offset of the first frame
        MPEGInfo easy = mp3.info();
        MPEGInfo noneasy = new MP3(filename).info();
        MPEGInfo nonid3;
        try (FileSource source = FileSource.open(filename)) {
            nonid3 = new MPEGInfo(source);
        }
        assertEquals(easy.length(), noneasy.length());
        assertEquals(noneasy.length(), nonid3.length());
        assertEquals(3.7675, easy.length());
    }
}
