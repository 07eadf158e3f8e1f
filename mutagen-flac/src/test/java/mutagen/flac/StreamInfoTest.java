// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_flac.py::TStreamInfo
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamInfoTest {
    static final byte[] DATA = HexFormat.of().parseHex(
            "120012000000" + "0e0035ea0ac448f000ca3014" + "2890f9e129321301d4a7a9112138ab91");
    private StreamInfo i;

    @BeforeEach
    void setUp() throws FLACError {
        i = new StreamInfo(DATA);
    }

    @Test
    void testBitrate() {
        assertEquals(0, i.bitrate());
    }

    @Test
    void testInvalid() {
        FLACError e = assertThrows(FLACError.class, () -> new StreamInfo(new byte[DATA.length]));
        assertEquals("A sample rate value of 0 is invalid", e.getMessage());
    }

    @Test
    void testBlocksize() {
        assertEquals(4608, i.maxBlocksize());
        assertEquals(4608, i.minBlocksize());
        assertTrue(i.minBlocksize() <= i.maxBlocksize());
    }

    @Test
    void testFramesize() {
        assertEquals(14, i.minFramesize());
        assertEquals(13802, i.maxFramesize());
        assertTrue(i.minFramesize() <= i.maxFramesize());
    }

    @Test
    void testSampleRate() {
        assertEquals(44100, i.sampleRate());
    }

    @Test
    void testChannels() {
        assertEquals(5, i.channels());
    }

    @Test
    void testBps() {
        assertEquals(16, i.bitsPerSample());
    }

    @Test
    void testLength() {
        assertEquals(300.5, i.length(), 0.05);
    }

    @Test
    void testTotalSamples() {
        assertEquals(13250580, i.totalSamples());
    }

    @Test
    void testMd5Signature() {
        assertEquals(new BigInteger("2890f9e129321301d4a7a9112138ab91", 16), i.md5Signature());
    }

    @Test
    void testEq() {
        assertEquals(i, i);
    }

    @Test
    void testRoundtrip() throws FLACError {
        assertEquals(i, new StreamInfo(i.write()));
    }

    // Beyond the Python suite.

    @Test
    void writeIsByteExact() {
        assertArrayEquals(DATA, i.write());
    }

    @Test
    void shortPayload() {
        FLACError e = assertThrows(FLACError.class, () -> new StreamInfo(java.util.Arrays.copyOf(DATA, 18)));
        assertEquals("file said 16 bytes, read 0 bytes", e.getMessage());
    }

    @Test
    void pprintMatchesMutagen() {
        assertEquals("FLAC, 300.47 seconds, 44100 Hz", i.pprint());
    }
}
