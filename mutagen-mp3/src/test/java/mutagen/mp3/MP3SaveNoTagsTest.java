// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Port of tests/test___init__.py::TFileType (the MP3 case of its set-up). */
class MP3SaveNoTagsTest {

    @Test
    void testSaveNoTags(@TempDir Path dir) throws IOException {
        Path path = TestFiles.tempCopy(TestFiles.corpus("xing.mp3"), dir);
        byte[] before = Files.readAllBytes(path);
        MP3 mp3NoTags = new MP3(path);
        assertNull(mp3NoTags.tags());
        assertNotNull(mp3NoTags.filename());
        mp3NoTags.save();
        assertNull(mp3NoTags.tags());
        assertArrayEquals(before, Files.readAllBytes(path), "saving no tags leaves the file alone");
    }
}
