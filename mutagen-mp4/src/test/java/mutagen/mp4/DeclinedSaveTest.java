// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save whose result would not open again is declined (docs/FUZZING.md): an ilst child that runs 8 bytes past its
 * parent (into zeros inside meta) loads, but once ilst is rewritten those zeros are a nested zero-length atom.
 * mutagen 1.48.1 writes that file and then fails to reopen it ("only a top-level atom can have zero length").
 */
class DeclinedSaveTest {
    @TempDir
    Path dir;

    static final String FILE = "00000010667479704d34412000000000000000556d6f6f760000004d75647461000000456d657461"
            + "000000000000002168646c7200000000000000006d6469726170706c000000000000000000000000"
            + "10696c737400000010666f6f620000000000000000";

    @Test
    void testSaveThatWouldNotReopenIsDeclined() throws IOException {
        Path f = dir.resolve("decline.m4a");
        byte[] original = HexFormat.of().parseHex(FILE);
        Files.write(f, original);
        MP4 audio = new MP4(f);
        assertEquals(0, audio.tags().size());
        assertEquals(List.of("foob"), List.copyOf(audio.tags().failedAtoms().keySet()));
        audio.put("\u00a9nam", List.of("x"));
        MP4MetadataError e = assertThrows(MP4MetadataError.class, audio::save);
        assertTrue(e.getMessage().startsWith("cannot save: the saved file would not open again ("), e.getMessage());
        assertTrue(e.getMessage().contains("only a top-level atom can have zero length"), e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(f));
    }
}
