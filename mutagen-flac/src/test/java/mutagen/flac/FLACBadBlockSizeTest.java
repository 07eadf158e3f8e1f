// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TFLACBadBlockSize
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

class FLACBadBlockSizeTest {

    @Test
    void testTooShortRead() throws MutagenError {
        FLAC flac = new FLAC(TestFiles.corpus("52-too-short-block-size.flac"));
        assertEquals(List.of("Tunng"), flac.get("artist"));
    }

    @Test
    void testTooShortReadPicture() throws MutagenError {
        FLAC flac = new FLAC(TestFiles.corpus("106-short-picture-block-size.flac"));
        assertEquals(10, flac.pictures().get(0).width());
    }

    @Test
    void testOverwrittenRead() throws MutagenError {
        FLAC flac = new FLAC(TestFiles.corpus("52-overwritten-metadata.flac"));
        assertEquals(List.of("Giora Feidman"), flac.get("artist"));
    }

    @Test
    void testInvalStreaminfo() {
        FLACError e = assertThrows(FLACError.class, () -> new FLAC(TestFiles.corpus("106-invalid-streaminfo.flac")));
        assertEquals("file said 16 bytes, read 0 bytes", e.getMessage());
    }
}
