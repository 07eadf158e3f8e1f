// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared body of tests/test_aac.py's two classes: each stream read as it is and after a leading ID3v2 tag. */
/** The shared body: the file as is and with a tag in front. */
abstract class AACTestBase {
    @TempDir
    Path dir;
    AAC aac;
    AAC aacId3;

    abstract String sample();

    @BeforeEach
    void setUp() throws IOException {
        Path original = TestFiles.corpus(sample());
        aac = new AAC(original);
        aacId3 = new AAC(Id3Prefix.copyWithTag(original, dir));
    }

    @Test
    void testNotMyFile() {
        assertThrows(AACError.class, () -> new AAC(TestFiles.corpus("empty.ogg")));
        assertThrows(AACError.class, () -> new AAC(TestFiles.corpus("silence-44-s.mp3")));
    }

    @Test
    void testPprint() {
        assertEquals(aac.pprint(), aacId3.pprint());
    }
}

