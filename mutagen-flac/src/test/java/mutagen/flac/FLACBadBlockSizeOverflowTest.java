// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TFLACBadBlockSizeOverflow
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FLACBadBlockSizeOverflowTest {
    @TempDir
    Path tmp;
    private Path filename;

    @BeforeEach
    void setUp() {
        filename = FlacTestSupport.copy("silence-44-s.flac", tmp);
    }

    @Test
    void testLargestValid() throws IOException {
        FLAC f = new FLAC(filename);
        Picture pic = new Picture();
        pic.data(new byte[(1 << 24) - 1 - 32]);
        assertEquals((1 << 24) - 1, pic.write().length);
        f.addPicture(pic);
        f.save();
        assertEquals((1 << 24) - 1 - 32, new FLAC(filename).pictures().get(1).dataLength());
    }

    @Test
    void testSmallestInvalid() throws IOException {
        FLAC f = new FLAC(filename);
        Picture pic = new Picture();
        pic.data(new byte[(1 << 24) - 32]);
        f.addPicture(pic);
        assertThrows(FLACError.class, f::save);
    }

    @Test
    void testInvalidOverflowRecoverAndSaveBack() throws IOException {
        // save a picture which is too large for flac, but still write it with a wrong block size
        FLAC f = new FLAC(filename);
        f.clearPictures();
        Picture pic = new Picture();
        pic.data(new byte[(1 << 24) - 32]);
        pic.invalidOverflowSize = 42;
        f.addPicture(pic);
        f.save();

        // make sure we can read it and save it again
        f = new FLAC(filename);
        assertFalse(f.pictures().isEmpty());
        assertEquals((1 << 24) - 32, f.pictures().get(0).dataLength());
        assertEquals(42, f.pictures().get(0).invalidOverflowSize);
        f.save();
    }
}
