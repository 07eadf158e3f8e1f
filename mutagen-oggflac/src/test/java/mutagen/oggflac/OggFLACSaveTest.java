// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import mutagen.ogg.OggPage;
import mutagen.testkit.TestFiles;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;

/**
 * Saves of damaged Ogg FLAC files that fuzzing found (docs/FUZZING.md): the comment is written where the reader
 * finds it, so the saved file reopens with the edit.
 */
class OggFLACSaveTest {

    /** tags.oggflac with its header page numbered 1, like the comment page after it (CRC recomputed). */
    private static byte[] headerPageNumberedOne() throws IOException {
        byte[] data = TestFiles.bytes(TestFiles.fixture("oggflac/tags.oggflac"));
        OggPage header = OggPage.read(FileSource.of(data, ""), 0);
        header.sequence(1);
        byte[] page = header.write();
        System.arraycopy(page, 0, data, 0, page.length);
        return data;
    }

    @Test
    void testSaveWhenTheHeaderPageIsNumberedOne() throws IOException {
        // Mutagen 1.48.1 looks for the stream's page of sequence 1, finds the header page itself, writes the comment
        // over the STREAMINFO packet and cannot reopen the file (OggFLACHeaderError, or an IndexError); the fuzz
        // inputs FormatFuzzTestInputs/oggflac/header-page-numbered-one-* are of this kind.
        byte[] data = headerPageNumberedOne();
        OggFLAC f = new OggFLAC(FileSource.of(data, "x.oggflac"));
        assertEquals(List.of("Sine"), f.get("title"));
        f.put("fuzz", List.of("edited"));
        MemoryChannel channel = MemoryChannel.writable(data);
        f.save(channel);
        byte[] saved = channel.toByteArray();

        OggFLAC again = new OggFLAC(FileSource.of(saved, "x.oggflac"));
        assertEquals(List.of("edited"), again.get("fuzz"));
        assertEquals(List.of("Sine"), again.get("title"));
        assertEquals(List.of("Caf\u00e9"), again.get("album"));
        assertEquals(66150, again.info().totalSamples());
        OggPage header = OggPage.read(FileSource.of(saved, ""), 0);
        assertTrue(Bytes.startsWith(header.packets().get(0), OggFLACStreamInfo.ID_MAGIC), "the header is kept");
        assertEquals(1, header.sequence());
    }
}
