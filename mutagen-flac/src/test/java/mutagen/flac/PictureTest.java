// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TPicture
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PictureTest {
    private FLAC flac;
    private Picture p;

    @BeforeEach
    void setUp() throws Exception {
        flac = new FLAC(TestFiles.corpus("silence-44-s.flac"));
        p = flac.pictures().get(0);
    }

    @Test
    void testCount() {
        assertEquals(1, flac.pictures().size());
    }

    @Test
    void testPicture() {
        assertEquals(1, p.width());
        assertEquals(1, p.height());
        assertEquals(24, p.depth());
        assertEquals(0, p.colors());
        assertEquals("image/png", p.mime());
        assertEquals("A pixel.", p.desc());
        assertEquals(3, p.type());
        assertEquals(150, p.data().length);
    }

    @Test
    void testEq() {
        assertEquals(p, p);
    }

    @Test
    void testNeq() {
        assertNotEquals(p, 12);
    }

    @Test
    void testRepr() {
        assertEquals("<Picture 'image/png' (150 bytes)>", p.toString());
    }

    @Test
    void testRoundtrip() throws FLACError {
        assertEquals(p, new Picture(p.write()));
    }

    // Beyond the Python suite: the standalone METADATA_BLOCK_PICTURE payload, checked against mutagen 1.48.1.

    @Test
    void standalonePayload() throws FLACError {
        Picture pic = new Picture();
        pic.type(3);
        pic.mime("image/jpeg");
        pic.desc("\u00e9");
        pic.width(2);
        pic.height(3);
        pic.depth(24);
        pic.colors(1);
        pic.data(new byte[] {1, 2, 3});
        byte[] expected = HexFormat.of().parseHex("00000003" + "0000000a" + "696d6167652f6a706567" + "00000002c3a9"
                + "00000002" + "00000003" + "00000018" + "00000001" + "00000003" + "010203");
        assertArrayEquals(expected, pic.write());
        assertEquals(pic, new Picture(expected));
    }

    @Test
    void defaults() {
        Picture pic = new Picture();
        assertEquals(0, pic.type());
        assertArrayEquals(new byte[32], pic.write());
    }

    @Test
    void truncated() {
        byte[] w = p.write();
        FLACError e = assertThrows(FLACError.class, () -> new Picture(Arrays.copyOf(w, w.length - 1)));
        assertEquals("file said 150 bytes, read 149 bytes", e.getMessage());
        FLACError e2 = assertThrows(FLACError.class, () -> new Picture(new byte[5]));
        assertEquals("file said 8 bytes, read 5 bytes", e2.getMessage());
    }

    @Test
    void invalidUtf8Replaced() throws FLACError {
        byte[] data = HexFormat.of().parseHex("00000000" + "00000001ff" + "00000000" + "00".repeat(20));
        assertEquals("\ufffd", new Picture(data).mime());
    }
}
