// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import mutagen.util.Bytes;
import org.junit.jupiter.api.Test;

/**
 * The frame-sync search rules on built streams: sync budget, 1 MiB window, 4-frame rule, sketchy fallback, VBR
 * header in a later frame, stacked ID3v2 tags, free format, layers I and II. Not ported from mutagen's suite; every
 * expected value was printed by mutagen 1.48.1 for the same bytes.
 */
class MPEGSearchTest {
    /** MPEG 1 layer III, 128 kbps, 44100 Hz, joint stereo: 417 bytes. */
    private static final byte[] F = frame(0xfb, 0x90, 0x44, 417);
    private static final byte[] BAD_SYNC = {(byte) 0xff, (byte) 0xe0, 0, 0};

    private static byte[] frame(int b1, int b2, int b3, int length) {
        byte[] f = new byte[length];
        f[0] = (byte) 0xff;
        f[1] = (byte) b1;
        f[2] = (byte) b2;
        f[3] = (byte) b3;
        return f;
    }

    private static byte[] cat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            out.writeBytes((byte[]) p);
        }
        return out.toByteArray();
    }

    private static byte[] times(byte[] b, int n) {
        byte[] out = new byte[b.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, out, i * b.length, b.length);
        }
        return out;
    }

    private static void assertInfo(String pprint, long frameOffset, double length, byte[] data) throws IOException {
        MPEGInfo info = Mp3Files.info(data);
        assertEquals(pprint, info.pprint());
        assertEquals(frameOffset, info.frameOffset());
        assertEquals(length, info.length());
    }

    private static void assertNoSync(byte[] data) {
        HeaderNotFoundError e = assertThrows(HeaderNotFoundError.class, () -> Mp3Files.info(data));
        assertEquals("can't sync to MPEG frame", e.getMessage());
    }

    private static final String CBR128 = "MPEG 1 layer 3, 128000 bps (CBR?), 44100 Hz, 2 chn, ";

    @Test
    void testSyncBudget() throws IOException {
        // 1500 candidates are allowed, but the budget runs out on the 1500th before it is tried.
        assertInfo(CBR128 + "0.10 seconds", 5988, 0.10425, cat(times(BAD_SYNC, 1497), times(F, 4)));
        assertInfo(CBR128 + "0.10 seconds", 5992, 0.10425, cat(times(BAD_SYNC, 1498), times(F, 4)));
        assertNoSync(cat(times(BAD_SYNC, 1499), times(F, 4)));
        assertNoSync(cat(times(BAD_SYNC, 1499), times(F, 2)));
        assertInfo(CBR128 + "0.05 seconds (sketchy)", 5992, 0.052125, cat(times(BAD_SYNC, 1498), times(F, 2)));
    }

    @Test
    void testSearchWindow() throws IOException {
        // Only the sync must lie in the first MiB; the frames may run past it.
        int mib = 1024 * 1024;
        for (int d : new int[] {-418, -417, -3, -2}) {
            assertInfo(CBR128 + "0.10 seconds", mib + d, 0.10425, cat(new byte[mib + d], times(F, 4)));
        }
        assertNoSync(cat(new byte[mib - 1], times(F, 4)));
        assertNoSync(cat(new byte[mib], times(F, 4)));
    }

    @Test
    void testFrameCounts() throws IOException {
        assertInfo(CBR128 + "0.05 seconds (sketchy)", 0, 0.052125, times(F, 2));
        assertInfo(CBR128 + "0.08 seconds (sketchy)", 0, 0.0781875, times(F, 3));
        assertInfo(CBR128 + "0.10 seconds", 0, 0.10425, times(F, 4));
        assertNoSync(F);
        // A 2-frame run is kept only until a 4-frame run turns up.
        byte[] f160 = frame(0xfb, 0xa0, 0x44, 522);
        assertInfo("MPEG 1 layer 3, 160000 bps (CBR?), 44100 Hz, 2 chn, 0.10 seconds", 844, 0.1044,
                cat(times(F, 2), new byte[10], times(f160, 4)));
    }

    @Test
    void testLayers() throws IOException {
        byte[] l2 = frame(0xfd, 0xa4, 0xc0, 576); // MPEG 1 layer II, 192 kbps, 48000 Hz, mono
        assertInfo("MPEG 1 layer 2, 192000 bps (CBR?), 48000 Hz, 1 chn, 0.07 seconds (sketchy)", 0, 0.072,
                times(l2, 3));
        assertInfo("MPEG 1 layer 2, 192000 bps (CBR?), 48000 Hz, 1 chn, 0.10 seconds", 0, 0.096, times(l2, 4));
        byte[] l1 = frame(0xf7, 0xe0, 0x00, (48 * 256000 / 22050) * 4); // MPEG 2 layer I, 256 kbps, 22050 Hz
        assertInfo("MPEG 2 layer 1, 256000 bps (CBR?), 22050 Hz, 2 chn, 0.28 seconds", 0, 0.2785, times(l1, 4));
    }

    @Test
    void testXingInLaterFrame() throws IOException {
        byte[] x = F.clone();
        System.arraycopy(Bytes.ascii("Xing"), 0, x, 36, 4);
        x[43] = 3; // frames and bytes
        Bytes.put32be(x, 44, 10);
        Bytes.put32be(x, 48, 4170);
        String pprint = "MPEG 1 layer 3, 114936 bps (CBR?), 44100 Hz, 2 chn, 0.26 seconds";
        assertInfo(pprint, 417, 0.2612244897959184, cat(F, x, Bytes.ascii("junk")));
        assertInfo(pprint, 0, 0.2612244897959184, x);
    }

    @Test
    void testStackedId3() throws IOException {
        byte[] data = cat(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 1, 'x'},
                new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 2, 'x', 'y'}, times(F, 4));
        assertInfo(CBR128 + "0.10 seconds", 23, 0.10425, data);
    }

    @Test
    void testFreeFormatRejected() {
        assertNoSync(times(frame(0xfb, 0x00, 0x44, 417), 4));
    }
}
