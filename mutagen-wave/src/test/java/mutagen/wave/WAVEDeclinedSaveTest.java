// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wave;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.id3.Encoding;
import mutagen.id3.TIT2;
import mutagen.iff.IffError;
import mutagen.testkit.TestFiles;
import mutagen.util.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A WAV whose data chunk claims more bytes than the file holds: adding the first ID3 chunk would put it inside the
 * claimed range, where no reader finds it (mutagen 1.48.1 writes it there and then shows no tag), so the save fails
 * with a MutagenError and leaves the file as it was.
 */
class WAVEDeclinedSaveTest {
    @TempDir
    Path dir;

    /** The corpus file with its data chunk (at 36) claiming 1000 bytes more than it holds. */
    static Path claimingMore(String name, Path dir) throws IOException {
        byte[] b = Files.readAllBytes(TestFiles.corpus(name));
        assertEquals("data", new String(b, 36, 4, java.nio.charset.StandardCharsets.US_ASCII));
        Bytes.put32le(b, 40, (b[40] & 0xFFL | (b[41] & 0xFFL) << 8 | (b[42] & 0xFFL) << 16) + 1000);
        return Files.write(dir.resolve(name), b);
    }

    @Test
    void testAddingATagIsDeclined() throws IOException {
        Path p = claimingMore("silence-2s-PCM-16000-08-notags.wav", dir);
        byte[] before = Files.readAllBytes(p);
        WAVE w = new WAVE(p);
        w.addTags();
        w.put("TIT2", new TIT2(Encoding.UTF8, "lost"));
        MutagenError e = assertThrows(IffError.class, w::save);
        assertTrue(e.getMessage().startsWith("cannot insert the 'id3' chunk: the chunks of the 'RIFF' chunk end at"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(p));
    }
}
