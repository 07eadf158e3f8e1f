// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.wavpack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mutagen.apev2.APEv2Error;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import mutagen.util.MemoryChannel;
import org.junit.jupiter.api.Test;

/**
 * A save whose result would not open again with the tags just written is declined with {@link APEv2Error} and leaves
 * the file as it was (docs/API-MAPPING.md). Fuzzing found the kind built here (docs/FUZZING.md): an APEv2 footer
 * whose size puts the tag's start inside the 32-byte block header, so the save cuts the file there and the reopen
 * reads the rate from the new tag's bytes; mutagen 1.48.1 saves it and then fails with an IndexError.
 */
class DeclinedSaveTest {
    /** A 32-byte WavPack block header (44.1 kHz, 1000 samples), 40 bytes of audio and a tag footer claiming from 18. */
    private static byte[] tagClaimedFromInsideTheHeader(int start) {
        byte[] out = new byte[32 + 40 + 32];
        System.arraycopy(Bytes.ascii("wvpk"), 0, out, 0, 4);
        Bytes.put32le(out, 4, 32 + 40 - 8);
        Bytes.put32le(out, 8, 0x403);
        Bytes.put32le(out, 12, 1000);
        Bytes.put32le(out, 20, 1000);
        Bytes.put32le(out, 24, 9L << 23);
        int footer = out.length - 32;
        System.arraycopy(Bytes.ascii("APETAGEX"), 0, out, footer, 8);
        Bytes.put32le(out, footer + 8, 2000);
        Bytes.put32le(out, footer + 12, out.length - start);
        return out;
    }

    @Test
    void aSaveThatWouldCutIntoTheBlockHeaderIsDeclined() throws IOException {
        byte[] data = tagClaimedFromInsideTheHeader(18);
        WavPack f = new WavPack(FileSource.of(data, "x.wv"));
        assertEquals(44100, f.info().sampleRate());
        f.put("Fuzz", "edited");
        MemoryChannel channel = MemoryChannel.writable(data);
        APEv2Error e = assertThrows(APEv2Error.class, () -> f.save(channel));
        assertEquals("cannot save: the saved file would not open again (list index out of range)", e.pythonStr());
        assertArrayEquals(data, channel.toByteArray());
    }

    @Test
    void aTagAfterTheHeaderStillSaves() throws IOException {
        byte[] data = tagClaimedFromInsideTheHeader(32);
        WavPack f = new WavPack(FileSource.of(data, "x.wv"));
        f.put("Fuzz", "edited");
        MemoryChannel channel = MemoryChannel.writable(data);
        f.save(channel);
        WavPack again = new WavPack(FileSource.of(channel.toByteArray(), "x.wv"));
        assertTrue(again.get("Fuzz").toString().contains("edited"));
        assertEquals(44100, again.info().sampleRate());
    }

    @Test
    void aTagWithoutItemsStillSaves() throws IOException {
        byte[] data = tagClaimedFromInsideTheHeader(32);
        WavPack f = new WavPack(FileSource.of(data, "x.wv"));
        f.put("Title", "x");
        f.remove("title");
        MemoryChannel channel = MemoryChannel.writable(data);
        f.save(channel); // an empty tag is written and reads back as none, as in mutagen
        WavPack again = new WavPack(FileSource.of(channel.toByteArray(), "x.wv"));
        assertEquals(null, again.tags());
    }
}
