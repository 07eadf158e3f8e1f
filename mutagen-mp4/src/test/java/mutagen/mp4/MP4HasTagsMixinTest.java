// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

// mutagen's tests/test_mp4.py TMP4HasTagsMixin (its tests count in the classes extending it)
abstract class MP4HasTagsMixinTest extends MP4MixinTest {

    @Test
    void testSaveSimple() throws IOException {
        audio.save();
        new MP4(filename);
    }

    @Test
    void testShrink() throws IOException {
        audio.tags().clear();
        audio.save();
        assertEquals(0, new MP4(filename).tags().size());
    }

    @Test
    void testTooShort() throws IOException {
        // the first ilst child made 10000000 bytes longer than the file
        byte[] all = Files.readAllBytes(filename);
        try (mutagen.util.FileSource s = mutagen.util.FileSource.of(all, "")) {
            Atom first = Atoms.parse(s, MP4Error::new).find("moov.udta.meta.ilst").children().get(0);
            mutagen.util.Bytes.put32be(all, (int) first.offset(), first.length() + 10000000);
        }
        // the parents then end before their children: fix that by reading the tags from the damaged ilst child
        try (mutagen.util.FileSource s = mutagen.util.FileSource.of(all, "")) {
            assertThrows(MP4Error.class, () -> new MP4(s));
        }
    }

    @Test
    void testHasTags() {
        assertTrue(audio.tags().size() > 0);
    }

    @Test
    void testNotMyFile() {
        MP4Error e = assertThrows(MP4Error.class, () -> new MP4(TestFiles.corpus("empty.ogg")));
        assertTrue(e.getMessage().contains("MP4"), e.getMessage());
    }

    @Test
    void testDeleteRemovePadding() throws IOException {
        audio.tags().clear();
        audio.tags().put("foob", "foo");
        audio.save(filename, info -> 0);
        long size = Files.size(filename);
        audio.delete();
        assertTrue(Files.size(filename) < size);
    }
}
