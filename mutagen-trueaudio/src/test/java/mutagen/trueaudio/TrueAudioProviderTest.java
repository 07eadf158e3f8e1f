// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test___init__.py::TFile (the True Audio cases: test_easy_tta, test_id3_indicates_mp3_not_tta)
package mutagen.trueaudio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

class TrueAudioProviderTest {
    static final TrueAudioProvider PROVIDER = new TrueAudioProvider();

    static int score(String name, byte[] header) {
        return PROVIDER.score(ProbeInput.of(FileSource.of(header, name)));
    }

    @Test
    void testEasyTta() throws IOException {
        FileType f = File.open(TestFiles.corpus("empty.tta"), Options.defaults().withEasy(true)).orElseThrow();
        assertInstanceOf(EasyTrueAudio.class, f);
        assertInstanceOf(TrueAudio.class, File.open(TestFiles.corpus("empty.tta")).orElseThrow());
        assertEquals("EasyTrueAudio", PROVIDER.kindName(Options.defaults().withEasy(true)));
    }

    // mutagen compares with MP3.score, 2 for this header (MP3ProviderTest.testId3IndicatesMp3NotTta checks it).
    @Test
    void testId3IndicatesMp3NotTta() {
        byte[] header = "ID3 the rest of this is garbage".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, score("not-identifiable.ext", header));
    }

    @Test
    void testScore() {
        byte[] tta = "TTA1 and the rest".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, score("x.ext", tta));
        assertEquals(3, score("x.TTA", tta));
        assertEquals(2, score("x.tta", new byte[0]));
    }
}
