// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TVBRIHeader
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import mutagen.util.Bytes;
import org.junit.jupiter.api.Test;

class VBRIHeaderTest {

    @Test
    void testValid() throws VBRIHeaderError {
        // parts of the trailing toc zeroed...
        byte[] head = HexFormat.of().parseHex("56425249000109310064000cb0350000043900870001000200080a30194818e0187818e0"
                + "1878194818e0194818e018e01878");
        byte[] data = Arrays.copyOf(head, head.length + 300);
        VBRIHeader vbri = VBRIHeader.parse(data);
        assertEquals(831541, vbri.bytes);
        assertEquals(1081, vbri.frames);
        assertEquals(100, vbri.quality);
        assertEquals(1, vbri.version);
        assertEquals(8, vbri.tocFrames);
        assertEquals(135, vbri.toc.length);
        assertEquals(72656, Arrays.stream(vbri.toc).sum());
    }

    @Test
    void testInvalid() {
        assertThrows(VBRIHeaderError.class, () -> VBRIHeader.parse(new byte[0]));
        assertThrows(VBRIHeaderError.class, () -> VBRIHeader.parse(Bytes.ascii("VBRI")));
        assertThrows(VBRIHeaderError.class, () -> VBRIHeader.parse(Bytes.ascii("Xing")));
    }

    @Test
    void testGetOffset() {
        assertEquals(36, VBRIHeader.OFFSET);
    }

    // Not in mutagen's suite: version, table size and entry size checks.

    @Test
    void testTableChecks() throws VBRIHeaderError {
        byte[] head = new byte[VBRIHeader.SIZE];
        System.arraycopy(Bytes.ascii("VBRI"), 0, head, 0, 4);
        head[5] = 1; // version 1
        head[19] = 3; // 3 entries
        head[23] = 2; // of 2 bytes
        assertEquals(3, VBRIHeader.parse(head, 6).tocEntries);
        assertThrows(VBRIHeaderError.class, () -> VBRIHeader.parse(head, 5));
        head[23] = 3;
        assertThrows(VBRIHeaderError.class, () -> VBRIHeader.parse(head, 100));
        head[23] = 4;
        assertEquals(4, VBRIHeader.parse(head, 12).tocEntrySize);
        head[5] = 2;
        assertThrows(VBRIHeaderError.class, () -> VBRIHeader.parse(head, 100));
    }

    @Test
    void testVbriFile() throws IOException {
        MPEGInfo info = Mp3Files.corpusInfo("vbri.mp3");
        assertEquals("FhG", info.encoderInfo());
        assertEquals(BitrateMode.VBR, info.bitrateMode());
        assertEquals(222.19755102040816, info.length());
    }
}
