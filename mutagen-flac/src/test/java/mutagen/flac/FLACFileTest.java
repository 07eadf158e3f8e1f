// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TFLACFile
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

class FLACFileTest {

    @Test
    void testOpenNonexistant() {
        Path p = TestFiles.corpusDir().resolve("doesntexist.flac");
        MutagenError e = assertThrows(MutagenError.class, () -> new FLAC(p));
        assertEquals("[Errno 2] No such file or directory: '" + p + "'", e.getMessage());
    }
}
