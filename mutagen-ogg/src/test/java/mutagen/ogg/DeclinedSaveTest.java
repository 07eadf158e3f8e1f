// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import mutagen.oggtheora.OggTheora;
import mutagen.oggtheora.OggTheoraError;
import mutagen.testkit.TestFiles;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;

/**
 * A save whose result would not open again with the comment just written is declined with the codec's error and
 * leaves the file as it was (docs/API-MAPPING.md); mutagen 1.48.1 writes such files. Fuzzing found them in Ogg Speex,
 * Theora and FLAC (docs/FUZZING.md); here the Theora kind, built from the corpus file.
 */
class DeclinedSaveTest {
    private static final byte[] COMMENT = Bytes.ascii("\u0081theora");

    /**
     * sample.oggtheora with its comment packet's "\x81theora" changed to "\x81THEORA" (the reader skips those 7 bytes
     * unchecked), followed by a copy of the file as a second chained stream of serial 4242.
     */
    private static byte[] twoStreamsFirstCommentUnmarked() throws IOException {
        byte[] src = TestFiles.bytes(TestFiles.corpus("sample.oggtheora"));
        FileSource source = FileSource.of(src, "");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        long pos = 0;
        while (true) {
            OggPage page;
            try {
                page = OggPage.read(source, pos);
            } catch (EOFException e) {
                break;
            }
            pos = page.end();
            second.writeBytes(copy(page, 4242).write());
            if (!page.packets().isEmpty() && Bytes.startsWith(page.packets().get(0), COMMENT)) {
                byte[] packet = page.packets().get(0).clone();
                System.arraycopy(Bytes.ascii("THEORA"), 0, packet, 1, 6);
                page.packets().set(0, packet);
            }
            first.writeBytes(page.write());
        }
        first.writeBytes(second.toByteArray());
        return first.toByteArray();
    }

    private static OggPage copy(OggPage page, long serial) throws IOException {
        OggPage c = OggPage.read(FileSource.of(page.write(), ""), 0);
        c.serial(serial);
        return c;
    }

    @Test
    void testSaveThatWouldWriteAnotherStreamsCommentIsDeclined() throws IOException {
        // mutagen 1.48.1's writer looks for the first packet starting "\x81theora", here the second stream's; its
        // reader reads the first stream's comment, so the saved file reopens without the edit.
        byte[] data = twoStreamsFirstCommentUnmarked();
        OggTheora f = new OggTheora(FileSource.of(data, "x.ogv"));
        f.put("fuzz", List.of("edited"));
        MemoryChannel channel = MemoryChannel.writable(data);
        OggTheoraError e = assertThrows(OggTheoraError.class, () -> f.save(channel));
        assertEquals("cannot save: the saved file would not open again (it would read another comment)",
                e.getMessage());
        assertArrayEquals(data, channel.toByteArray(), "the file is left as it was");
    }

    @Test
    void testSaveOfTheUndamagedChainStillWorks() throws IOException {
        // The same two streams without the damage: the first stream's comment is written and read back.
        byte[] src = TestFiles.bytes(TestFiles.corpus("sample.oggtheora"));
        byte[] data = Bytes.concat(src, src);
        OggTheora f = new OggTheora(FileSource.of(data, "x.ogv"));
        f.put("fuzz", List.of("edited"));
        MemoryChannel channel = MemoryChannel.writable(data);
        f.save(channel);
        assertEquals(List.of("edited"), new OggTheora(FileSource.of(channel.toByteArray(), "x.ogv")).get("fuzz"));
    }
}
