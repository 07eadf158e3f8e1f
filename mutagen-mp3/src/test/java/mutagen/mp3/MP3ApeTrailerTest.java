// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mutagen.id3.Encoding;
import mutagen.id3.ID3SaveOptions;
import mutagen.id3.TIT2;
import mutagen.id3.TextFrame;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An ID3 save of an MP3 with an APEv2 tag at its end keeps the APEv2 tag (and a Lyrics3v2 block or trailing ID3v2
 * tag beside it) byte for byte, as mutagen does: only the ID3v2 tag at the start and the last 128 bytes (ID3v1)
 * change. The files: mutagen's {@code apev2-lyricsv2.mp3} (ID3v2, APEv2, Lyrics3v2, ID3v1),
 * {@code audacious-trailing-id32-apev2.mp3} (APEv2 then an ID3v2 tag with a footer, no ID3v1) and the fixture
 * {@code apev2/mp3-id3v2-apev2-id3v1.mp3} (ID3v2, APEv2 with a header, ID3v1; test-files/apev2/make_fixtures.sh).
 * The compat write matrix checks the same saves against mutagen's bytes.
 */
class MP3ApeTrailerTest {
    @TempDir
    Path tmp;

    static Path source(String name) {
        return name.startsWith("apev2/") ? TestFiles.fixture(name) : TestFiles.corpus(name);
    }

    /** Where the APEv2 tag starts (its header, or the first item when it has none), from its last footer. */
    static int apeStart(byte[] d) {
        int footer = lastIndexOf(d, "APETAGEX".getBytes(java.nio.charset.StandardCharsets.US_ASCII), d.length);
        int size = (d[footer + 12] & 0xff) | (d[footer + 13] & 0xff) << 8 | (d[footer + 14] & 0xff) << 16
                | (d[footer + 15] & 0xff) << 24;
        boolean hasHeader = (d[footer + 23] & 0x80) != 0;
        return footer + 32 - size - (hasHeader ? 32 : 0);
    }

    static int lastIndexOf(byte[] d, byte[] what, int before) {
        for (int i = before - what.length; i >= 0; i--) {
            if (Arrays.equals(d, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("no APETAGEX");
    }

    static boolean hasV1(byte[] d) {
        return d.length >= 128 && d[d.length - 128] == 'T' && d[d.length - 127] == 'A' && d[d.length - 126] == 'G';
    }

    @ParameterizedTest
    @CsvSource({"apev2-lyricsv2.mp3,0", "apev2-lyricsv2.mp3,1", "apev2-lyricsv2.mp3,2",
        "audacious-trailing-id32-apev2.mp3,0", "audacious-trailing-id32-apev2.mp3,1",
        "audacious-trailing-id32-apev2.mp3,2", "apev2/mp3-id3v2-apev2-id3v1.mp3,0",
        "apev2/mp3-id3v2-apev2-id3v1.mp3,1", "apev2/mp3-id3v2-apev2-id3v1.mp3,2"})
    void testId3SaveKeepsApeTag(String name, int v1) throws IOException {
        byte[] before = TestFiles.bytes(source(name));
        int from = apeStart(before);
        int to = hasV1(before) ? before.length - 128 : before.length;
        byte[] kept = Arrays.copyOfRange(before, from, to);

        Path p = TestFiles.tempCopy(source(name), tmp);
        MP3 mp3 = new MP3(p);
        if (mp3.tags() == null) {
            mp3.addTags();
        }
        mp3.put("TIT2", new TIT2(Encoding.UTF8, "A new title, long enough to move the audio \u00e9"));
        mp3.save(ID3SaveOptions.defaults().withV1(v1));

        byte[] after = Files.readAllBytes(p);
        boolean v1After = v1 == 2 || (v1 == 1 && hasV1(before));
        assertEquals(v1After, hasV1(after));
        int end = after.length - (v1After ? 128 : 0);
        assertArrayEquals(kept, Arrays.copyOfRange(after, end - kept.length, end));
        assertEquals("A new title, long enough to move the audio \u00e9", ((TextFrame) new MP3(p).get("TIT2")).text().get(0));
    }
}
