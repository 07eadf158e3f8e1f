// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import mutagen.MutagenError;
import org.junit.jupiter.api.Test;

class PictureTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @Test
    void flacBlockRoundTrips() throws MutagenError {
        Picture p = new Picture(PictureType.COVER_BACK, "image/png", "d\u00e9sc", 300, 200, 24, PNG);
        byte[] block = p.toFlacBlock();
        assertEquals(32 + 9 + 5 + PNG.length, block.length);
        assertEquals(p, Picture.fromFlacBlock(block));
        assertEquals(4, block[3]);
    }

    @Test
    void aTruncatedOrLyingBlockIsAMutagenError() {
        byte[] block = new Picture(PictureType.OTHER, "image/png", "", PNG).toFlacBlock();
        assertThrows(MutagenError.class, () -> Picture.fromFlacBlock(Arrays.copyOf(block, block.length - 1)));
        byte[] lying = block.clone();
        lying[4] = (byte) 0xFF; // MIME length 4 GiB
        assertThrows(MutagenError.class, () -> Picture.fromFlacBlock(lying));
        assertThrows(MutagenError.class, () -> Picture.fromFlacBlock(new byte[3]));
    }

    @Test
    void valuesAreCopiedAndCompared() {
        byte[] data = PNG.clone();
        Picture p = new Picture(PictureType.of(3), null, null, data);
        data[0] = 0;
        assertArrayEquals(PNG, p.data());
        assertEquals("", p.mime());
        assertEquals("", p.description());
        assertEquals(PNG.length, p.size());
        assertEquals(p.hashCode(), new Picture(PictureType.COVER_FRONT, "", "", PNG).hashCode());
        assertNotEquals(p, new Picture(PictureType.COVER_BACK, "", "", PNG));
        assertEquals(PictureType.OTHER, PictureType.of(99));
        assertEquals(PictureType.OTHER, PictureType.of(-1));
        assertEquals(20, PictureType.PUBLISHER_LOGOTYPE.code());
    }

    @Test
    void mimeIsGuessedFromMagicBytes() {
        assertEquals("image/png", Picture.guessMime(PNG));
        assertEquals("image/gif", Picture.guessMime("GIF89a".getBytes()));
        assertEquals("image/bmp", Picture.guessMime("BM...".getBytes()));
        assertEquals("image/webp", Picture.guessMime("RIFF\0\0\0\0WEBPVP8 ".getBytes()));
        assertEquals("image/jpeg", Picture.guessMime(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));
        assertEquals("image/jpeg", Picture.frontCover(new byte[0]).mime());
        assertEquals(PictureType.COVER_FRONT, Picture.frontCover(PNG).type());
    }
}
