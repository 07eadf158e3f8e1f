// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** MP3.score and MP3.mime as mutagen 1.48.1 computes them (not a port: mutagen tests them through File()). */
class MPEGAudioTest {

    private static int score(String name, int... header) {
        byte[] data = new byte[header.length];
        for (int i = 0; i < header.length; i++) {
            data[i] = (byte) header[i];
        }
        return MPEGAudio.score(ProbeInput.of(FileSource.of(data, name)));
    }

    @Test
    void testScore() {
        assertEquals(0, score("x.flac", 'f', 'L', 'a', 'C'));
        assertEquals(2, score("", 'I', 'D', '3', 3));
        assertEquals(3, score("song.mp3", 'I', 'D', '3'));
        assertEquals(3, score("SONG.MP3", 0xff, 0xfb, 0x90));
        assertEquals(2, score("a", 0xff, 0xf2));
        assertEquals(2, score("a", 0xff, 0xf3));
        assertEquals(2, score("a", 0xff, 0xfa));
        assertEquals(2, score("a", 0xff, 0xfb));
        assertEquals(0, score("a", 0xff, 0xfd)); // layer II syncs do not count
        assertEquals(0, score("a", 0xff, 0xe3)); // nor do MPEG 2.5 ones
        assertEquals(1, score("a.mp2"));
        assertEquals(1, score("a.mpg"));
        assertEquals(1, score("a.MPEG"));
        assertEquals(0, score("a.mp3.bak"));
        assertEquals(0, score("", 'i', 'd', '3'));
    }

    @Test
    void testMime() {
        assertEquals(List.of("audio/mp3", "audio/x-mp3", "audio/mpeg", "audio/mpg", "audio/x-mpeg",
                "application/octet-stream"), MPEGAudio.mime(3));
        assertEquals(List.of("audio/mp1", "audio/x-mp1", "audio/mpeg", "audio/mpg", "audio/x-mpeg",
                "application/octet-stream"), MPEGAudio.mime(1));
    }
}
