// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TFLACBadBlockSizeWrite
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FLACBadBlockSizeWriteTest {
    @TempDir
    Path tmp;

    @Test
    void testWriteReread() throws IOException {
        Path p = FlacTestSupport.copy("52-too-short-block-size.flac", tmp);
        FLAC flac = new FLAC(p);
        flac.remove("artist");
        flac.save();
        FLAC flac2 = new FLAC(p);
        assertEquals(flac.get("title"), flac2.get("title"));
        String head = new String(Arrays.copyOf(TestFiles.bytes(p), 1024), StandardCharsets.ISO_8859_1);
        assertFalse(head.contains("Tunng"));
    }
}
