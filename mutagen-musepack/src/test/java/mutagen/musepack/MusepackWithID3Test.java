// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_musepack.py::TMusepackWithID3
package mutagen.musepack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusepackWithID3Test {

    /** An ID3v2.4 tag with TIT2 "id3 title" (Latin-1), as mutagen's ID3().save writes it, without padding. */
    static byte[] id3() {
        byte[] text = "\u0000id3 title".getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[20 + text.length];
        byte[] head = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, (byte) (10 + text.length)};
        System.arraycopy(head, 0, out, 0, 10);
        byte[] fh = {'T', 'I', 'T', '2', 0, 0, 0, (byte) text.length, 0, 0};
        System.arraycopy(fh, 0, out, 10, 10);
        System.arraycopy(text, 0, out, 20, text.length);
        return out;
    }

    /** mutagen's test writes the ID3 tag with mutagen.id3; here its bytes are written directly and compared. */
    @Test
    void testIgnoreId3(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("click.mpc");
        byte[] tag = id3();
        byte[] audio = TestFiles.bytes(TestFiles.corpus("click.mpc"));
        byte[] all = Arrays.copyOf(tag, tag.length + audio.length);
        System.arraycopy(audio, 0, all, tag.length, audio.length);
        Files.write(p, all);
        Musepack f = new Musepack(p);
        f.put("title", "apev2 title");
        f.save();
        byte[] saved = Files.readAllBytes(p);
        assertArrayEquals(all, Arrays.copyOf(saved, all.length));
        f = new Musepack(p);
        assertEquals("apev2 title", f.tags().get("title").value());
        assertEquals(7, f.info().version());
    }
}
