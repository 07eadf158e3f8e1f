// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Port of tests/test_id3.py::TID3Write (test_save_id3_over_ape, test_delete_id3_with_ape, test_ape_id3_lookalike).
// mutagen.apev2 is another module, so the APEv2 tags are the exact bytes mutagen 1.48.1 writes for
// APEv2()["oh"] = [value]; the check is that they survive byte for byte at the end of the file.
class ID3ApeCoexistenceTest {
    static final byte[] APE_OH_NO = T.hex("4150455441474558d00700002d00000001000000000000a00000000000000000"
            + "02000000000000006f68006e6f4150455441474558d00700002d00000001000000000000800000000000000000");
    static final byte[] APE_LOOKALIKE = T.hex("4150455441474558d00700006300000001000000000000a000000000000000"
            + "0038000000000000006f68006e6f6f6f6f6f6f6f6f6f6f3030303030303030303030303030303030303030303030"
            + "30303030303030303030306f6f6f6f6f6f6f6f6f6f6f4150455441474558d00700006300000001000000000000800000"
            + "000000000000");

    @TempDir
    Path tmp;
    Path filename;

    @BeforeEach
    void setUp() {
        filename = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.mp3"), tmp);
    }

    private void appendApe(byte[] ape) throws Exception {
        Files.write(filename, ape, StandardOpenOption.APPEND);
    }

    private void assertEndsWith(byte[] ape) throws Exception {
        byte[] all = Files.readAllBytes(filename);
        assertTrue(all.length >= ape.length);
        assertArrayEquals(ape, Arrays.copyOfRange(all, all.length - ape.length, all.length));
    }

    @Test
    void testSaveId3OverApe() throws Exception {
        ID3.deleteTags(filename, true, false);
        appendApe(APE_OH_NO);
        new ID3(filename).save();
        assertEndsWith(APE_OH_NO);
    }

    @Test
    void testDeleteId3WithApe() throws Exception {
        new ID3(filename).save(ID3SaveOptions.defaults().withV1(2));
        appendApe(APE_OH_NO);
        long size = Files.size(filename);
        ID3.deleteTags(filename, true, false);
        assertEquals(size, Files.size(filename));
        assertEndsWith(APE_OH_NO);
    }

    @Test
    void testApeId3Lookalike() throws Exception {
        ID3.deleteTags(filename, true, false);
        appendApe(APE_LOOKALIKE);
        new ID3(filename).save();
        assertEndsWith(APE_LOOKALIKE);
    }
}
