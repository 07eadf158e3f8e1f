// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test_mp3.py::TMP3 (the stream-information cases; the cases that need ID3 are in MP3TagsTest)
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MP3Test {
    private MPEGInfo mp3;
    private MPEGInfo mp3v2;
    private MPEGInfo mp3v3;
    private MPEGInfo mp3v4;
    private MPEGInfo mp3Lame;
    private MPEGInfo mp3LamePeak;

    @BeforeEach
    void setUp() throws IOException {
        mp3 = Mp3Files.corpusInfo("silence-44-s.mp3");
        mp3v2 = Mp3Files.corpusInfo("silence-44-s-v1.mp3");
        mp3v3 = Mp3Files.corpusInfo("silence-44-s-mpeg2.mp3");
        mp3v4 = Mp3Files.corpusInfo("silence-44-s-mpeg25.mp3");
        mp3Lame = Mp3Files.corpusInfo("lame.mp3");
        mp3LamePeak = Mp3Files.corpusInfo("lame-peak.mp3");
    }

    @Test
    void testLameBrokenShort() throws IOException {
        // LAME <= 3.97 wrote broken files
        MPEGInfo f = Mp3Files.corpusInfo("lame397v9short.mp3");
        assertEquals("LAME 3.97.0", f.encoderInfo());
        assertEquals("-V 9", f.encoderSettings());
        assertEquals(0.0, f.length());
        assertEquals(40000, f.bitrate());
        assertEquals(2, f.bitrateMode().value());
        assertEquals(BitrateMode.VBR, f.bitrateMode());
        assertEquals(24000, f.sampleRate());
    }

    @Test
    void testMode() {
        assertEquals(MPEGInfo.JOINTSTEREO, mp3.mode());
        assertEquals(MPEGInfo.JOINTSTEREO, mp3v2.mode());
        assertEquals(MPEGInfo.JOINTSTEREO, mp3v3.mode());
        assertEquals(MPEGInfo.JOINTSTEREO, mp3v4.mode());
    }

    @Test
    void testReplaygain() {
        assertEquals(51.0, mp3v3.trackGain());
        assertEquals(51.0, mp3v4.trackGain());
        assertEquals(6.0, mp3Lame.trackGain());
        assertEquals(6.8, mp3LamePeak.trackGain(), 0.05);
        assertEquals(0.21856, mp3LamePeak.trackPeak(), 0.00005);

        assertNull(mp3.trackGain());
        assertNull(mp3.trackPeak());
        assertNull(mp3.albumGain());
    }

    @Test
    void testChannels() {
        assertEquals(2, mp3.channels());
        assertEquals(2, mp3v2.channels());
        assertEquals(2, mp3v3.channels());
        assertEquals(2, mp3v4.channels());
    }

    @Test
    void testEncoderInfo() {
        assertEquals("", mp3.encoderInfo());
        assertEquals("", mp3v2.encoderInfo());
        assertEquals("LAME 3.98.1+", mp3v3.encoderInfo());
        assertEquals("LAME 3.98.1+", mp3v4.encoderInfo());
    }

    @Test
    void testBitrateMode() {
        assertEquals(BitrateMode.UNKNOWN, mp3.bitrateMode());
        assertEquals(BitrateMode.UNKNOWN, mp3v2.bitrateMode());
        assertEquals(BitrateMode.VBR, mp3v3.bitrateMode());
        assertEquals(BitrateMode.VBR, mp3v4.bitrateMode());
    }

    @Test
    void testLength() {
        assertEquals(3.77, mp3.length(), 0.005);
        assertEquals(3.77, mp3v2.length(), 0.005);
        assertEquals(3.68475, mp3v3.length(), 0.00005);
        assertEquals(3.68475, mp3v4.length(), 0.00005);
    }

    @Test
    void testVersion() {
        assertEquals(1, mp3.version());
        assertEquals(1, mp3v2.version());
        assertEquals(2, mp3v3.version());
        assertEquals(2.5, mp3v4.version());
    }

    @Test
    void testLayer() {
        assertEquals(3, mp3.layer());
        assertEquals(3, mp3v2.layer());
        assertEquals(3, mp3v3.layer());
        assertEquals(3, mp3v4.layer());
    }

    @Test
    void testBitrate() {
        assertEquals(32000, mp3.bitrate());
        assertEquals(32000, mp3v2.bitrate());
        assertEquals(17783, mp3v3.bitrate());
        assertEquals(8900, mp3v4.bitrate());
    }

    @Test
    void testNotmp3() {
        assertThrows(MP3Error.class, () -> Mp3Files.corpusInfo("empty.ofr"));
        assertThrows(MP3Error.class, () -> Mp3Files.corpusInfo("emptyfile.mp3"));
    }

    @Test
    void testTooShort() {
        assertThrows(MP3Error.class, () -> Mp3Files.corpusInfo("too-short.mp3"));
    }

    @Test
    void testSketchy() {
        assertFalse(mp3.sketchy());
        assertFalse(mp3v2.sketchy());
        assertFalse(mp3v3.sketchy());
        assertFalse(mp3v4.sketchy());
    }

    @Test
    void testSketchyNotmp3() throws IOException {
        MPEGInfo notmp3 = Mp3Files.corpusInfo("silence-44-s.flac");
        assertTrue(notmp3.sketchy());
        assertTrue(notmp3.pprint().contains("sketchy"));
    }

    @Test
    void testInfoPprint() {
        String res = mp3.pprint();
        assertFalse(res.isEmpty());
        assertTrue(res.startsWith("MPEG 1 layer 3"));
    }

    @Test
    void testXing() throws IOException {
        MPEGInfo info = Mp3Files.corpusInfo("xing.mp3");
        assertEquals(2.052, info.length(), 0.0005);
        assertEquals(32000, info.bitrate());
    }

    @Test
    void testVbri() throws IOException {
        MPEGInfo info = Mp3Files.corpusInfo("vbri.mp3");
        assertEquals(222.19755, info.length(), 0.0005);
        assertEquals(233260, info.bitrate());
    }

    @Test
    void testEmptyXing() throws IOException {
        MPEGInfo info = Mp3Files.corpusInfo("bad-xing.mp3");
        assertEquals(0, info.length());
        assertEquals(48000, info.bitrate());
    }

    @Test
    void testMime() {
        // mutagen sets info.layer = 2 on a loaded file; here the mime list is asked for layer 2 directly.
        List<String> mime = MPEGAudio.mime(mp3.layer());
        assertTrue(mime.contains("audio/mp3"));
        List<String> mime2 = MPEGAudio.mime(2);
        assertFalse(mime2.contains("audio/mp3"));
        assertTrue(mime2.contains("audio/mp2"));
    }
}
