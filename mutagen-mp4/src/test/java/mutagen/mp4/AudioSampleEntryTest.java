// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static mutagen.mp4.MP4InfoTest.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

// Port of tests/test_mp4.py::TMP4AudioSampleEntry
class AudioSampleEntryTest {
    static AudioSampleEntry entry(String atomHex) throws IOException {
        FileSource in = FileSource.of(hex(atomHex), "");
        return new AudioSampleEntry(Atom.parse(in, 0, 0, MP4Error::new), in);
    }

    static void check(AudioSampleEntry e, long bitrate, int channels, String codec, String desc, long rate,
            int size) {
        assertEquals(bitrate, e.bitrate);
        assertEquals(channels, e.channels);
        assertEquals(codec, e.codec);
        assertEquals(desc, e.codecDescription);
        assertEquals(rate, e.sampleRate);
        if (size >= 0) {
            assertEquals(size, e.sampleSize);
        }
    }

    @Test
    void testAlac() throws IOException {
        // the channel count in the alac cookie is right but the SampleEntry's is wrong
        check(entry("00000048616c61630000000000000001000000000000000000020010000000001f40000000000024616c6163"
                + "00000000000010000010280a0e0100ff000050010000000000001f40"), 0, 1, "alac", "ALAC", 8000, -1);
    }

    @Test
    void testAlac2() throws IOException {
        // the sample rate is only right in the cookie, which has a bitrate too
        check(entry("00000048616c61630000000000000001000000000000000000020018000000005888000000000024616c6163"
                + "00000000000010000018280a0e0200ff0000462f002532d500015888"), 2437845, 2, "alac", "ALAC", 88200,
                -1);
    }

    @Test
    void testPce() throws IOException {
        check(entry("000000646d703461000000000000000100000000000000000002001000000000bb80000000000040657364730000"
                + "0000038080802f000000048080802140150015000003edaa00036b00058080800f2b018802c404902c108c80"
                + "0000ed40068080800102"), 224000, 8, "mp4a.40.2", "AAC LC+SBR", 48000, 16);
    }

    @Test
    void testSbrPsSig1() throws IOException {
        check(entry("0000005c6d703461000000000000000100000000000000000002001000000000bb80000000000038657364730000"
                + "00000380808027000000048080801940150003000000e96a0000dac00580808007130856e59d4880068080800102"),
                56000, 2, "mp4a.40.2", "AAC LC+SBR+PS", 48000, 16);
    }

    @Test
    void testAls() throws IOException {
        check(entry("0000009d6d70346100000000000000010000000000000000020000100000000007d00000000000796573647300"
                + "000000036b0000000463401510e7e60057cb4a0057cb4a0554f89e000fa000414c5300000007d000000c0901ff"
                + "244fff0067fffc800000002c00000000524946462424300057415645666d74201000000001000002d007000000"
                + "401f00000410006461746100243000f6ce462b060102"), 5753674, 512, "mp4a.40.36", "ALS", 2000, 16);
    }

    @Test
    void testAc3() throws IOException {
        check(entry("0000002f61632d33000000000000000100000000000000000002001000000000562200000000000b6461633352"
                + "0900"), 128000, 1, "ac-3", "AC-3", 22050, 16);
    }

    @Test
    void testSamr() throws IOException {
        // not parsed: the values are wrong (it should be mono, 7.95 kbps, 8 kHz) but it loads
        check(entry("0000003573616d720000000000000001000000000000000000020010000000001f4000000000001164616d724646"
                + "4d500081ff0001"), 0, 2, "samr", "SAMR", 8000, 16);
    }

    @Test
    void testError() {
        FileSource in = FileSource.of(new byte[20], "");
        assertThrows(MP4StreamInfoError.class,
                () -> new AudioSampleEntry(Atom.parse(in, 0, 0, MP4Error::new), in));
    }
}
