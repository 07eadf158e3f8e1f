// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TXingHeader
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import mutagen.util.Bytes;
import org.junit.jupiter.api.Test;

class XingHeaderTest {
    static final byte[] INFO_HEADER = HexFormat.of().parseHex(
            "496e666f0000000f00003a3e00edbd38000305070a0d0f1214171a1c1e222426292b2e313335393b3d404345474a4c4f52"
            + "54565a5c5e616366696b6d717375787b7d808284878a8c8e929496999c9ea1a3a5a9abadb0b3b5b8babdc0c2c4c6caccce"
            + "d1d4d6d9dbdde1e3e5e8ebedf0f2f5f8fafc00000039");

    @Test
    void testValidInfoHeader() throws XingHeaderError {
        XingHeader xing = XingHeader.parse(INFO_HEADER);
        assertEquals(15580472, xing.bytes);
        assertEquals(14910, xing.frames);
        assertEquals(57, xing.vbrScale);
        assertEquals(100, xing.toc().length);
        assertEquals(12625, Arrays.stream(xing.toc()).sum());
        assertTrue(xing.isInfo);

        byte[] asXing = INFO_HEADER.clone();
        System.arraycopy(Bytes.ascii("Xing"), 0, asXing, 0, 4);
        assertFalse(XingHeader.parse(asXing).isInfo);
    }

    @Test
    void testInvalid() {
        assertThrows(XingHeaderError.class, () -> XingHeader.parse(new byte[0]));
        assertThrows(XingHeaderError.class, () -> XingHeader.parse(Bytes.ascii("Xing")));
        assertThrows(XingHeaderError.class, () -> XingHeader.parse(Bytes.ascii("aaaa")));
    }

    @Test
    void testGetOffset() throws IOException {
        MPEGInfo info = Mp3Files.corpusInfo("silence-44-s.mp3");
        assertEquals(36, XingHeader.offset(info.version(), info.mode()));
    }

    // Not in mutagen's suite: the other offsets, truncated fields and a header without LAME data.

    @Test
    void testOffsets() {
        assertEquals(36, XingHeader.offset(1, MPEGInfo.STEREO));
        assertEquals(21, XingHeader.offset(1, MPEGInfo.MONO));
        assertEquals(21, XingHeader.offset(2, MPEGInfo.DUALCHANNEL));
        assertEquals(13, XingHeader.offset(2, MPEGInfo.MONO));
        assertEquals(21, XingHeader.offset(2.5, MPEGInfo.JOINTSTEREO));
        assertEquals(13, XingHeader.offset(2.5, MPEGInfo.MONO));
    }

    @Test
    void testTruncatedFields() throws XingHeaderError {
        for (int n = 0; n < INFO_HEADER.length; n++) {
            byte[] cut = Arrays.copyOf(INFO_HEADER, n);
            assertThrows(XingHeaderError.class, () -> XingHeader.parse(cut), "length " + n);
        }
        XingHeader x = XingHeader.parse(INFO_HEADER);
        assertNull(x.lameHeader);
        assertEquals("", x.lameVersionDesc);
        assertEquals("", x.encoderSettings());
    }

    @Test
    void testNoFlags() throws XingHeaderError {
        XingHeader x = XingHeader.parse(new byte[] {'X', 'i', 'n', 'g', 0, 0, 0, 0});
        assertEquals(-1, x.frames);
        assertEquals(-1, x.bytes);
        assertEquals(-1, x.vbrScale);
        assertEquals(0, x.toc().length);
        assertFalse(x.isInfo);
    }
}
