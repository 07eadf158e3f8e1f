// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TMPEGInfo
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

class MPEGInfoTest {

    @Test
    void testNotRealFile() {
        byte[] data = Arrays.copyOf(TestFiles.bytes(TestFiles.corpus("silence-44-s-v1.mp3")), 20);
        assertThrows(MP3Error.class, () -> Mp3Files.info(data));
    }

    @Test
    void testEmpty() {
        assertThrows(MP3Error.class, () -> Mp3Files.info(new byte[0]));
    }

    @Test
    void testXingUnknownFramecount() throws IOException {
        byte[] frame = new byte[68];
        byte[] head = {(byte) 0xff, (byte) 0xfb, (byte) 0xe4, 0x0c, 0x00, 0x0f, (byte) 0xf0};
        System.arraycopy(head, 0, frame, 0, head.length);
        byte[] xing = {'I', 'n', 'f', 'o', 0, 0, 0, 2, 0, (byte) 0xb4, 'V', '@', 0, (byte) 0xb4, 'R', (byte) 0x80};
        System.arraycopy(xing, 0, frame, 36, xing.length);
        MPEGInfo info = Mp3Files.info(frame);
        assertEquals(320000, info.bitrate());
        assertTrue(info.length() > 0);
    }
}
