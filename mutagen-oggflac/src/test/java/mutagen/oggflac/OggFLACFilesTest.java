// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.oggflac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provider's score, and the fixtures of test-files/oggflac made with Debian's {@code flac --ogg}: values checked
 * against mutagen 1.48.1, the chained file's second stream kept byte for byte, hostile headers.
 */
class OggFLACFilesTest {
    @TempDir
    Path tmp;

    private static int score(String header) throws IOException {
        byte[] data = header.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return new OggFLACProvider().score(ProbeInput.of(FileSource.of(data, "a")));
    }

    @Test
    void testScore() throws IOException {
        // mutagen: header.startswith(b"OggS") * ((b"FLAC" in header) + (b"fLaC" in header))
        assertEquals(2, score("OggS\u007fFLAC\u0001\u0000\u0000\u0002fLaC"));
        assertEquals(1, score("OggS\u007fFLAC"));
        assertEquals(1, score("OggSfLaC"));
        assertEquals(0, score("xOggS\u007fFLACfLaC"));
    }

    @Test
    void testFileOpenPicksOggFLAC() throws IOException {
        for (Path p : List.of(TestFiles.corpus("empty.oggflac"), TestFiles.fixture("oggflac/tags.oggflac"))) {
            FileType f = File.open(p, Options.defaults()).orElseThrow();
            assertEquals(OggFLAC.class, f.getClass(), p.toString());
        }
    }

    @Test
    void testTags() throws IOException {
        OggFLAC f = new OggFLAC(TestFiles.fixture("oggflac/tags.oggflac"));
        assertEquals(List.of("Sine"), f.get("title"));
        assertEquals(List.of("Caf\u00e9"), f.get("album"));
        assertEquals(66150, f.info().totalSamples());
        assertEquals(1234, f.info().serial());
        assertEquals("Ogg FLAC, 1.50 seconds, 44100 Hz", f.info().pprint());
    }

    @Test
    void testLengthFromLastGranuleWhenStreaminfoHasNoTotal() throws IOException {
        OggFLAC f = new OggFLAC(TestFiles.fixture("oggflac/piped.oggflac"));
        assertEquals(0, f.info().totalSamples());
        assertEquals(1.5, f.info().length(), 0);
    }

    @Test
    void testMultipageComment() throws IOException {
        OggFLAC f = new OggFLAC(TestFiles.fixture("oggflac/multipage.oggflac"));
        assertEquals(List.of("x".repeat(70000)), f.get("big"));
    }

    @Test
    void testChainedSaveKeepsTheSecondStream() throws IOException {
        Path chained = TestFiles.tempCopy(TestFiles.fixture("oggflac/chained.oggflac"), tmp);
        byte[] second = TestFiles.bytes(TestFiles.fixture("oggflac/notags-mono.oggflac"));
        OggFLAC f = new OggFLAC(chained);
        f.put("title", List.of("x".repeat(10000)));
        f.save();
        byte[] after = Files.readAllBytes(chained);
        assertArrayEquals(second, Arrays.copyOfRange(after, after.length - second.length, after.length));
        assertEquals(List.of("x".repeat(10000)), new OggFLAC(chained).get("title"));
    }

    @Test
    void testHostileHeaders() throws IOException {
        byte[] page = OggFLACFiles.firstPage(TestFiles.corpus("empty.oggflac"));
        // a STREAMINFO cut short after the mapping header
        byte[] shortPacket = OggFLACFiles.withFirstPacket(page, Arrays.copyOf(OggFLACFiles.firstPacket(page), 20));
        OggFLACHeaderError e = assertThrows(OggFLACHeaderError.class,
                () -> OggFLACStreamInfo.read(FileSource.of(shortPacket, "")));
        assertEquals("file said 2 bytes, read 1 bytes", e.getMessage());
        byte[] tiny = OggFLACFiles.withFirstPacket(page, Arrays.copyOf(OggFLACFiles.firstPacket(page), 9));
        assertThrows(OggFLACHeaderError.class, () -> OggFLACStreamInfo.read(FileSource.of(tiny, "")));
        // a sample rate of 0
        byte[] packet = OggFLACFiles.firstPacket(page);
        packet[27] = 0;
        packet[28] = 0;
        packet[29] &= 0x0F;
        byte[] zero = OggFLACFiles.withFirstPacket(page, packet);
        e = assertThrows(OggFLACHeaderError.class, () -> OggFLACStreamInfo.read(FileSource.of(zero, "")));
        assertEquals("A sample rate value of 0 is invalid", e.getMessage());
    }
}
