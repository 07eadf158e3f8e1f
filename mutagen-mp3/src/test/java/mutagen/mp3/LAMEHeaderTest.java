// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TLAMEHeader
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.Test;

class LAMEHeaderTest {

    /** The version string as read from {@code data} padded with NULs to 20 bytes. */
    private static LAMEHeader.Version parse(byte[] data) throws LAMEError {
        return LAMEHeader.parseVersion(Arrays.copyOf(data, LAMEHeader.VERSION_SIZE));
    }

    private static void assertVersion(String data, String desc, boolean hasHeader) throws LAMEError {
        LAMEHeader.Version v = parse(latin1(data));
        assertEquals(desc, v.desc(), data);
        assertEquals(hasHeader, v.hasHeader(), data);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static XingHeader lameXing() throws XingHeaderError {
        byte[] data = TestFiles.bytes(TestFiles.corpus("lame.mp3"));
        return XingHeader.parse(Arrays.copyOfRange(data, 36, 36 + XingHeader.MAX_SIZE));
    }

    @Test
    void testVersion() throws LAMEError {
        assertVersion("LAME3.80", "3.80", false);
        assertVersion("LAME3.80 ", "3.80", false);
        assertVersion("LAME3.88 (beta)", "3.88 (beta)", false);
        assertVersion("LAME3.90 (alpha)", "3.90 (alpha)", false);
        assertVersion("LAME3.80 (no-ascii-\u00ff)", "3.80 (?)", false);
        assertVersion("LAME3.90 ", "3.90.0+", true);
        assertVersion("LAME3.96a", "3.96 (alpha)", true);
        assertVersion("LAME3.96b", "3.96 (beta)", true);
        assertVersion("LAME3.96x", "3.96 (?)", true);
        assertVersion("LAME3.98 ", "3.98.0", true);
        assertVersion("LAME3.96r", "3.96.1+", true);
        assertVersion("L3.99r", "3.99.1+", true);
        assertVersion("LAME3100r", "3.100.1+", true);
        assertVersion("LAME3.90.\u0003\u00be\u0000", "3.90.0+", true);
        assertVersion("LAME3.100", "3.100.0+", true);
    }

    @Test
    void testInvalid() {
        assertThrows(LAMEError.class, () -> parse(new byte[0]));
        assertThrows(LAMEError.class, () -> parse(latin1("LAME")));
        assertThrows(LAMEError.class, () -> parse(latin1("LAME3.9999")));
    }

    @Test
    void testReal() throws XingHeaderError {
        XingHeader xing = lameXing();
        assertEquals("3.99.1+", xing.lameVersionDesc);
        assertNotNull(xing.lameHeader);
        assertEquals(6.0, xing.lameHeader.trackGainAdjustment);
        assertEquals("-V 2", xing.encoderSettings());
    }

    @Test
    void testSettings() throws XingHeaderError {
        LAMEHeader header = lameXing().lameHeader;

        // Each guess runs on a copy with the given changes.
        class Guess {
            String s(int major, int minor, Consumer<LAMEHeader> change) {
                LAMEHeader h = header.copy();
                change.accept(h);
                return h.guessSettings(major, minor);
            }

            String s(int major, int minor) {
                return s(major, minor, h -> { });
            }

            String skey(int major, int minor, long vbrQuality, long quality, int vbrMethod, int lowpass, int ath) {
                return s(major, minor, h -> {
                    h.vbrQuality = vbrQuality;
                    h.quality = quality;
                    h.vbrMethod = vbrMethod;
                    h.lowpassFilter = lowpass;
                    h.athType = ath;
                });
            }
        }
        Guess g = new Guess();

        assertEquals("-V 2", g.s(3, 99));
        assertEquals("-V 2", g.s(3, 98));
        assertEquals("-V 2 --vbr-new", g.s(3, 97));
        assertEquals("-V 2 --vbr-new", g.s(3, 96));
        assertEquals("-V 2 --vbr-new", g.s(3, 95));
        assertEquals("-V 2 --vbr-new", g.s(3, 94));
        assertEquals("-V 2 --vbr-new", g.s(3, 93));
        assertEquals("-V 2 --vbr-new", g.s(3, 92));
        assertEquals("-V 2 --vbr-new", g.s(3, 91));
        assertEquals("-V 2 --vbr-new", g.s(3, 90));
        assertEquals("", g.s(3, 89));

        assertEquals("--alt-preset 32", g.s(3, 91, h -> h.vbrMethod = 2));
        assertEquals("--alt-preset 255+", g.s(3, 91, h -> {
            h.vbrMethod = 2;
            h.bitrate = 255;
        }));
        assertEquals("--preset 128", g.s(3, 99, h -> {
            h.vbrMethod = 2;
            h.presetUsed = 128;
        }));
        assertEquals("--abr 48", g.s(3, 99, h -> {
            h.vbrMethod = 2;
            h.presetUsed = 0;
            h.bitrate = 48;
        }));
        assertEquals("--abr 255+", g.s(3, 94, h -> {
            h.vbrMethod = 2;
            h.presetUsed = 0;
            h.bitrate = 255;
        }));
        assertEquals("-V 2 --vbr-old", g.s(3, 99, h -> h.vbrMethod = 3));
        assertEquals("-V 2", g.s(3, 94, h -> h.vbrMethod = 3));
        assertEquals("--preset insane", g.s(3, 99, h -> {
            h.vbrMethod = 1;
            h.presetUsed = 1003;
        }));
        String[][] presets = {
            {"1001", "--preset standard"}, {"1002", "--preset extreme"}, {"1004", "--preset fast standard"},
            {"1005", "--preset fast extreme"}, {"1006", "--preset medium"}, {"1007", "--preset fast medium"},
        };
        for (String[] p : presets) {
            assertEquals(p[1], g.s(3, 93, h -> {
                h.vbrMethod = 3;
                h.presetUsed = Integer.parseInt(p[0]);
            }));
        }
        assertEquals("-V 2", g.s(3, 92, h -> h.vbrMethod = 3));
        assertEquals("-b 254", g.s(3, 92, h -> {
            h.vbrMethod = 1;
            h.presetUsed = 0;
            h.bitrate = 254;
        }));
        assertEquals("-b 255+", g.s(3, 92, h -> {
            h.vbrMethod = 1;
            h.presetUsed = 0;
            h.bitrate = 255;
        }));

        assertEquals("--preset r3mix", g.skey(3, 91, 1, 2, 4, 19500, 3));
        assertEquals("--alt-preset standard", g.skey(3, 91, 2, 2, 3, 19000, 4));
        assertEquals("--alt-preset extreme", g.skey(3, 91, 2, 2, 3, 19500, 2));
    }

    @Test
    void testLength() throws IOException {
        assertEquals(0.06160, Mp3Files.corpusInfo("lame.mp3").length(), 0.00005);
    }

    // Not in mutagen's suite: every field of a real extended header (values from mutagen 1.48.1's vars()), the
    // LAME 3.99 quality corrections, CBR with a preset, and the version edge cases.

    @Test
    void testRealFields() throws XingHeaderError {
        LAMEHeader h = lameXing().lameHeader;
        assertEquals(4, h.vbrMethod);
        assertEquals(18500, h.lowpassFilter);
        assertEquals(0, h.quality);
        assertEquals(2, h.vbrQuality);
        assertNull(h.trackPeak);
        assertEquals(3, h.trackGainOrigin);
        assertEquals(6.0, h.trackGainAdjustment);
        assertEquals(0, h.albumGainOrigin);
        assertNull(h.albumGainAdjustment);
        assertEquals(3, h.encodingFlags);
        assertEquals(5, h.athType);
        assertEquals(32, h.bitrate);
        assertEquals(576, h.encoderDelayStart);
        assertEquals(1315, h.encoderPaddingEnd);
        assertEquals(1, h.sourceSampleFrequencyEnum);
        assertEquals(false, h.unwiseSettingUsed);
        assertEquals(3, h.stereoMode);
        assertEquals(1, h.noiseShaping);
        assertEquals(0, h.mp3Gain);
        assertEquals(0, h.surroundInfo);
        assertEquals(480, h.presetUsed);
        assertEquals(2086, h.musicLength);
        assertEquals(18982, h.musicCrc);
        assertEquals(42498, h.headerCrc);
    }

    @Test
    void testPeakAndGains() throws LAMEError {
        byte[] p = new byte[LAMEHeader.HEADER_SIZE];
        p[0] = 0x04; // revision 0, VBR method 4
        p[2] = 0x00; // peak 0x00400000 = 0.5
        p[3] = 0x40;
        // track gain: name 1, origin 3, sign 1, value 68 -> 001 011 1 001000100
        int track = (1 << 13) | (3 << 10) | (1 << 9) | 68;
        p[6] = (byte) (track >> 8);
        p[7] = (byte) track;
        // album gain: name 2, origin 1, sign 1 (ignored by mutagen), value 5
        int album = (2 << 13) | (1 << 10) | (1 << 9) | 5;
        p[8] = (byte) (album >> 8);
        p[9] = (byte) album;
        LAMEHeader h = LAMEHeader.parse(p, -1);
        assertEquals(0.5, h.trackPeak);
        assertEquals(-6.8, h.trackGainAdjustment);
        assertEquals(0.5, h.albumGainAdjustment);
        // vbr scale -1: Python's (100 - -1) % 10 and // 10
        assertEquals(1, h.quality);
        assertEquals(10, h.vbrQuality);
        // a negative zero gain stays negative, as in Python
        p[6] = (byte) ((1 << 5) | (1 << 1));
        p[7] = 0;
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(LAMEHeader.parse(p, -1).trackGainAdjustment));
        p[0] = 0x14; // revision 1
        assertThrows(LAMEError.class, () -> LAMEHeader.parse(p, -1));
        assertThrows(LAMEError.class, () -> LAMEHeader.parse(Arrays.copyOf(p, 26), -1));
    }

    @Test
    void testQualityCorrections() throws XingHeaderError {
        LAMEHeader base = lameXing().lameHeader;
        long[][] cases = {{5, 32, 0, 7}, {5, 8, 0, 8}, {6, 8, 0, 9}, {5, 32, 100, 5}, {6, 32, 0, 6}};
        for (long[] c : cases) {
            LAMEHeader h = base.copy();
            h.vbrQuality = c[0];
            h.bitrate = (int) c[1];
            h.lowpassFilter = (int) c[2];
            assertEquals("-V " + c[3], h.guessSettings(3, 99), Arrays.toString(c));
            assertEquals("-V " + c[3], h.guessSettings(3, 100), Arrays.toString(c));
            assertEquals("-V " + c[0], h.guessSettings(3, 98), Arrays.toString(c));
        }
        LAMEHeader cbr = base.copy();
        cbr.vbrMethod = 1;
        cbr.presetUsed = 320;
        assertEquals("-b 320", cbr.guessSettings(3, 99));
        LAMEHeader unknown = base.copy();
        unknown.vbrMethod = 0;
        assertEquals("", unknown.guessSettings(3, 99));
    }

    @Test
    void testVersionEdgeCases() throws LAMEError {
        assertVersion("LAME3.97 ", "3.97.0", true);
        assertVersion("LAME3.96 ", "3.96.0+", true);
        assertVersion("LAME3.99.", "3.99.0+", true);
        assertVersion("LAME3.080", "3.80", false); // Python's int() drops the leading zero
        assertVersion("LAME2.1 x\t", "2.1 x", false);
        assertVersion("L3.99..r", "3.99 (?)", true);
        assertThrows(LAMEError.class, () -> parse(latin1("LAME\u0000\u0000\u0000\u0000")));
        assertThrows(LAMEError.class, () -> parse(latin1("LAMEX3.99")));
        assertThrows(LAMEError.class, () -> parse(latin1("LAMEEEE3.99r")));
        assertThrows(LAMEError.class, () -> LAMEHeader.parseVersion(latin1("LAME3.99r")));
    }
}
