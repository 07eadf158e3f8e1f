// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ac3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.Bytes;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our fixtures and header errors (values and texts from mutagen 1.48.1), the score table, no tag support. */
class AC3StreamsTest {
    private static String pprint(String fixture) throws IOException {
        return new AC3(TestFiles.fixture("streams/" + fixture)).info().pprint();
    }

    @Test
    void channelLayoutsAndRates() throws IOException {
        // mono reads as 2 channels: mutagen skips two bits that mono headers lack and takes a data bit for LFE
        assertEquals("ac-3, 48000 Hz, 1.02 seconds, 2 channel(s), 96000 bps", pprint("ac3-48000-mono.ac3"));
        assertEquals("ac-3, 44100 Hz, 1.01 seconds, 2 channel(s), 192000 bps", pprint("ac3-44100-stereo.ac3"));
        assertEquals("ac-3, 32000 Hz, 1.01 seconds, 3 channel(s), 224000 bps", pprint("ac3-32000-3.0.ac3"));
        assertEquals("ac-3, 48000 Hz, 1.02 seconds, 4 channel(s), 256000 bps", pprint("ac3-48000-quad.ac3"));
        assertEquals("ac-3, 48000 Hz, 1.02 seconds, 5 channel(s), 384000 bps", pprint("ac3-48000-5.1.ac3"));
        assertEquals("ec-3, 48000 Hz, 1.02 seconds, 2 channel(s), 128000 bps", pprint("eac3-48000-stereo.eac3"));
        assertEquals("ec-3, 48000 Hz, 1.02 seconds, 6 channel(s), 384000 bps", pprint("eac3-48000-5.1.eac3"));
        assertEquals("ec-3, 32000 Hz, 1.01 seconds, 1 channel(s), 64000 bps", pprint("eac3-32000-mono.eac3"));
    }

    @Test
    void attributesHavePythonNames() throws IOException {
        Map<String, Object> a = new AC3(TestFiles.fixture("streams/ac3-48000-5.1.ac3")).info().attributes();
        assertEquals(Map.of("bitrate", 384000, "channels", 5, "codec", "ac-3", "length", 1.0224791666666666,
                "sample_rate", 48000), a);
    }

    private static String error(int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return assertThrows(AC3Error.class, () -> new AC3(FileSource.of(data, ""))).getMessage();
    }

    @Test
    void headerErrorsAsMutagen() {
        assertEquals("not enough data", error(0x0b, 0x77));
        assertEquals("invalid bitstream_id 31", error(0x0b, 0x77, 0, 0, 0, 0xf8));
        assertEquals("invalid sample rate code 3", error(0x0b, 0x77, 0, 0, 0xc0, 0, 0));
        assertEquals("invalid frame size code 63", error(0x0b, 0x77, 0, 0, 0x3f, 0, 0));
        assertEquals("invalid frame type 3", error(0x0b, 0x77, 0xc0, 0, 0, 0x80, 0));
        assertEquals("invalid frame size 2", error(0x0b, 0x77, 0, 0, 0, 0x80));
        assertEquals("not a AC3 file", error('I', 'D', '3', 4, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void lengthCountsTheBytesAfterTheHeader() throws IOException {
        byte[] data = new byte[208];
        byte[] head = {0x0b, 0x77, 0, 0, 0x0c, 0x40, 0x2f, (byte) 0x84};
        System.arraycopy(head, 0, data, 0, head.length);
        AC3Info info = new AC3(FileSource.of(data, "")).info();
        assertEquals("ac-3, 48000 Hz, 0.02 seconds, 2 channel(s), 96000 bps", info.pprint());
        assertEquals(0.0165, info.length());
    }

    @Test
    void scoreTable() throws IOException {
        byte[] sync = {0x0b, 0x77, 0, 0};
        assertEquals(3, score("a.ac3", sync));
        assertEquals(3, score("a.eac3", sync));
        assertEquals(2, score("a.AC3", sync), "mutagen does not lower-case the name here");
        assertEquals(1, score("a.ac3", Bytes.ascii("xxxx")));
        assertEquals(0, score("a.mp3", Bytes.ascii("xxxx")));
    }

    private static int score(String name, byte[] header) throws IOException {
        try (FileSource src = FileSource.of(header, name)) {
            return new AC3Provider().score(ProbeInput.of(src));
        }
    }

    @Test
    void noTagsAndSavingChangesNothing(@TempDir Path dir) throws IOException {
        Path copy = TestFiles.tempCopy(TestFiles.corpus("silence-44-s.ac3"), dir);
        byte[] before = Files.readAllBytes(copy);
        AC3 f = new AC3(copy);
        assertNull(f.tags());
        assertEquals("doesn't support tags", assertThrows(AC3Error.class, f::addTags).getMessage());
        f.save();
        f.delete();
        assertArrayEquals(before, Files.readAllBytes(copy));
    }
}
