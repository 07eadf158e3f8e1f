// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.aac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our fixtures (values from mutagen 1.48.1), hostile inputs, the score table and the missing tag support. */
class AACStreamsTest {
    private static AAC open(byte[] data) throws IOException {
        return new AAC(FileSource.of(data, "x.aac"));
    }

    private static String pprint(String fixture) throws IOException {
        return new AAC(TestFiles.fixture("streams/" + fixture)).pprint();
    }

    @Test
    void fixturesReadAsMutagenReadsThem() throws IOException {
        assertEquals("AAC (ADTS), 44100 Hz, 1.04 seconds, 2 channel(s), 94164 bps (audio/x-aac)",
                pprint("aac-44100-2ch.aac"));
        assertEquals("AAC (ADTS), 22050 Hz, 1.07 seconds, 1 channel(s), 33187 bps (audio/x-aac)",
                pprint("aac-22050-1ch.aac"));
        assertEquals("AAC (ADTS), 48000 Hz, 1.02 seconds, 6 channel(s), 111937 bps (audio/x-aac)",
                pprint("aac-48000-6ch.aac"));
        assertEquals("AAC (ADTS), 44100 Hz, 1.04 seconds, 2 channel(s), 62260 bps (audio/x-aac)",
                pprint("aac-44100-2ch-id3.aac"));
    }

    @Test
    void crcBytesAreNotPayload() throws IOException {
        AACInfo plain = new AAC(TestFiles.fixture("streams/aac-44100-2ch.aac")).info();
        AACInfo crc = new AAC(TestFiles.fixture("streams/aac-44100-2ch-crc.aac")).info();
        assertEquals(plain.bitrate(), crc.bitrate());
        assertEquals(1.0448157096591786, crc.length());
        assertEquals(1.0448151228146245, plain.length());
    }

    @Test
    void garbageEndsBoundedWithSyncNotFound() {
        byte[] garbage = new byte[10 << 20];
        new Random(19).nextBytes(garbage);
        for (int i = 0; i < garbage.length; i++) {
            if (garbage[i] == (byte) 0xFF) {
                garbage[i] = 0;
            }
        }
        AACError e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(AACError.class, () -> open(garbage)));
        assertEquals("sync not found", e.getMessage());
    }

    @Test
    void tenMegabytesOfSyncBitsEndBounded() {
        byte[] data = new byte[10 << 20];
        Arrays.fill(data, (byte) 0xFF);
        // mutagen 1.48.1 takes the 0xFFF... bits for frames of 8191 bytes with reserved rates
        AAC f = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> open(data));
        assertEquals("AAC (ADTS), 0 Hz, 0.00 seconds, 8 channel(s), 0 bps", f.info().pprint());
        assertEquals(0.0, f.info().attributes().get("bitrate"));
    }

    @Test
    void framesShorterThanTheirHeaderGiveUpAfterTenTries() {
        byte[] frame = {(byte) 0xFF, (byte) 0xF1, 0, 0, 0, 0, 0};
        byte[] data = new byte[7000];
        for (int i = 0; i < data.length; i += 7) {
            System.arraycopy(frame, 0, data, i, 7);
        }
        AACError e = assertThrows(AACError.class, () -> open(data));
        assertEquals("no valid stream found (only 0 frames)", e.getMessage());
    }

    @Test
    void emptyAndShortInputs() {
        assertEquals("sync not found", assertThrows(AACError.class, () -> open(new byte[0])).getMessage());
        assertEquals("sync not found", assertThrows(AACError.class, () -> open(new byte[] {(byte) 0xFF}))
                .getMessage());
        // an ID3 header whose size points past the end
        byte[] id3 = {'I', 'D', '3', 4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f};
        assertEquals("sync not found", assertThrows(AACError.class, () -> open(id3)).getMessage());
        // ADIF with nothing after the magic
        assertEquals("not enough data", assertThrows(AACError.class,
                () -> open(new byte[] {'A', 'D', 'I', 'F'})).getMessage());
    }

    @Test
    void truncatedAdtsStillCountsItsLastFrame() throws IOException {
        byte[] full = TestFiles.bytes(TestFiles.corpus("empty.aac"));
        AAC cut = open(Arrays.copyOf(full, 600));
        assertEquals(44100, cut.info().sampleRate());
        assertEquals(2, cut.info().channels());
    }

    @Test
    void scoreTable() throws IOException {
        assertEquals(1, score("a.AAC", new byte[8]));
        assertEquals(1, score("a.adts", new byte[8]));
        assertEquals(1, score("a.adif", new byte[8]));
        assertEquals(2, score("a.aac", "xxADIF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(0, score("a.mp3", new byte[8]));
    }

    private static int score(String name, byte[] header) throws IOException {
        try (FileSource src = FileSource.of(header, name)) {
            return new AACProvider().score(ProbeInput.of(src));
        }
    }

    @Test
    void noTagsAndSavingChangesNothing(@TempDir Path dir) throws IOException {
        Path copy = TestFiles.tempCopy(TestFiles.corpus("empty.aac"), dir);
        byte[] before = Files.readAllBytes(copy);
        AAC f = new AAC(copy);
        assertNull(f.tags());
        assertEquals("doesn't support tags", assertThrows(AACError.class, f::addTags).getMessage());
        f.save();
        f.delete();
        assertArrayEquals(before, Files.readAllBytes(copy));
    }
}
