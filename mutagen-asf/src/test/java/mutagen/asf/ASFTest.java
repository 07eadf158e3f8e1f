// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ports of the file, misc, info, issue 29 and objects classes of tests/test_asf.py. */
class ASFTest {

    // Port of tests/test_asf.py::TASFFile
    @Nested
    class TASFFile {
        @Test
        void testNotMyFile() {
            assertThrows(ASFHeaderError.class, () -> new ASF(TestFiles.corpus("empty.ogg")));
            assertThrows(ASFHeaderError.class, () -> new ASF(TestFiles.corpus("click.mpc")));
        }
    }

    // Port of tests/test_asf.py::TASFMisc
    @Nested
    class TASFMisc {
        @Test
        void testGuid() {
            String ex = "75B22633-668E-11CF-A6D9-00AA0062CE6C";
            byte[] b = ASFUtil.guid2bytes(ex);
            assertEquals(16, b.length);
            assertEquals(ex, ASFUtil.bytes2guid(b));
        }
    }

    // Port of tests/test_asf.py::TASFInfo
    @Nested
    class TASFInfo {
        final ASF wma1 = open("silence-1.wma"); // WMA 9.1 64kbps CBR 48khz
        final ASF wma2 = open("silence-2.wma"); // WMA 9.1 Professional 192kbps VBR 44khz
        final ASF wma3 = open("silence-3.wma"); // WMA 9.1 Lossless 44khz

        @Test
        void testLength() {
            assertEquals(3.7, wma1.info().length(), 0.05);
            assertEquals(3.7, wma2.info().length(), 0.05);
            assertEquals(3.7, wma3.info().length(), 0.05);
        }

        @Test
        void testBitrate() {
            assertEquals(64, wma1.info().bitrate() / 1000);
            assertEquals(38, wma2.info().bitrate() / 1000);
            assertEquals(58, wma3.info().bitrate() / 1000);
        }

        @Test
        void testSampleRate() {
            assertEquals(48000, wma1.info().sampleRate());
            assertEquals(44100, wma2.info().sampleRate());
            assertEquals(44100, wma3.info().sampleRate());
        }

        @Test
        void testChannels() {
            assertEquals(2, wma1.info().channels());
            assertEquals(2, wma2.info().channels());
            assertEquals(2, wma3.info().channels());
        }

        @Test
        void testCodecType() {
            assertEquals("Windows Media Audio 9 Standard", wma1.info().codecType());
            assertEquals("Windows Media Audio 9 Professional", wma2.info().codecType());
            assertEquals("Windows Media Audio 9 Lossless", wma3.info().codecType());
        }

        @Test
        void testCodecName() {
            assertEquals("Windows Media Audio 9.1", wma1.info().codecName());
            assertEquals("Windows Media Audio 9.1 Professional", wma2.info().codecName());
            assertEquals("Windows Media Audio 9.1 Lossless", wma3.info().codecName());
        }

        @Test
        void testCodecDescription() {
            assertEquals("64 kbps, 48 kHz, stereo 2-pass CBR", wma1.info().codecDescription());
            assertEquals("192 kbps, 44 kHz, 2 channel 24 bit 2-pass VBR", wma2.info().codecDescription());
            assertEquals("VBR Quality 100, 44 kHz, 2 channel 16 bit 1-pass VBR", wma3.info().codecDescription());
        }

        @Test
        void testPprint() {
            assertEquals("ASF (Windows Media Audio 9 Standard) 64008 bps, 48000 Hz, 2 channels, 3.71 seconds",
                    wma1.info().pprint());
        }
    }

    static ASF open(String name) {
        try {
            return new ASF(TestFiles.corpus(name));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // Port of tests/test_asf.py::TASFIssue29
    @Nested
    class TASFIssue29 {
        @TempDir
        Path dir;

        @Test
        void testPprint() throws IOException {
            ASF audio = new ASF(ASFTestSupport.copy("issue_29.wma", dir));
            assertTrue(audio.pprint().startsWith("ASF (Windows Media Audio 9 Standard) 128016 bps"));
        }

        @Test
        void testIssue29Description() throws IOException {
            Path filename = ASFTestSupport.copy("issue_29.wma", dir);
            ASF audio = new ASF(filename);
            audio.put("Description", "Hello");
            audio.save();
            audio = new ASF(filename);
            assertTrue(audio.tags().containsKey("Description"));
            assertEquals(List.of("Hello"), ASFTestSupport.texts(audio.tags().get("Description")));
            audio.remove("Description");
            assertFalse(audio.tags().containsKey("Description"));
            audio.save();
            audio = new ASF(filename);
            assertFalse(audio.tags().containsKey("Description"));
        }
    }

    // Port of tests/test_asf.py::TASFObjects
    @Nested
    class TASFObjects {
        @Test
        void testInvalidHeader() {
            byte[] data = {'0', '&', (byte) 0xb2, 'u', (byte) 0x8e, 'f', (byte) 0xcf, 0x11, (byte) 0xa6,
                (byte) 0xd9, 0x00, (byte) 0xaa, 0x00, 'b', (byte) 0xce, 'l', 0x19, (byte) 0xbf, 0x01, 0x00, 0x00,
                0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x01, 0x02};
            ASFHeaderError e = assertThrows(ASFHeaderError.class,
                    () -> new ASFParser().parseFull(FileSource.of(data, "")));
            assertEquals("truncated", e.getMessage());
        }
    }

    /** A header size beyond the file (here beyond 2^63) fails the save as "truncated content", as in mutagen. */
    @Test
    void testSaveIntoHeaderLargerThanTheFile(@TempDir Path dir) throws IOException {
        Path filename = ASFTestSupport.copy("silence-1.wma", dir);
        ASF audio = new ASF(filename);
        byte[] data = java.nio.file.Files.readAllBytes(filename);
        for (long size : new long[] {-1L, Long.MIN_VALUE, data.length + 1L}) {
            for (int i = 0; i < 8; i++) {
                data[16 + i] = (byte) (size >>> (8 * i));
            }
            java.nio.file.Files.write(filename, data);
            ASFHeaderError e = assertThrows(ASFHeaderError.class, () -> audio.save(filename));
            assertEquals("truncated content", e.getMessage());
            assertEquals(data.length, java.nio.file.Files.size(filename));
        }
    }
}
