// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mutagen.File;
import mutagen.FileType;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** The providers' scores against mutagen's {@code score} functions, and the kind {@link File#open} picks. */
class OggProviderTest {

    private static Map<String, Integer> scores(byte[] data, String name) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ProbeInput input = ProbeInput.of(FileSource.of(data, name));
        for (FormatProvider p : java.util.List.of(new mutagen.oggvorbis.OggVorbisProvider(),
                new mutagen.oggopus.OggOpusProvider(), new mutagen.oggspeex.OggSpeexProvider(),
                new mutagen.oggtheora.OggTheoraProvider())) {
            if (p.kindName().startsWith("Ogg")) {
                try {
                    out.put(p.kindName(), p.score(input));
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }

    private static byte[] header(String... parts) {
        StringBuilder sb = new StringBuilder("OggS");
        for (String p : parts) {
            sb.append(p);
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Test
    void testScoreTable() {
        // mutagen: header.startswith(b"OggS") * (magic in header); Theora: * ((\x80theora in h) + (\x81theora in h)) * 2
        assertEquals(Map.of("OggVorbis", 1, "OggOpus", 0, "OggSpeex", 0, "OggTheora", 0),
                scores(header("\u0001vorbis"), "a.opus"));
        assertEquals(Map.of("OggVorbis", 0, "OggOpus", 1, "OggSpeex", 0, "OggTheora", 0),
                scores(header("OpusHead"), "a.ogg"));
        assertEquals(Map.of("OggVorbis", 0, "OggOpus", 0, "OggSpeex", 1, "OggTheora", 0),
                scores(header("Speex   "), "a"));
        assertEquals(Map.of("OggVorbis", 0, "OggOpus", 0, "OggSpeex", 0, "OggTheora", 4),
                scores(header("\u0080theora", "\u0081theora"), "a"));
        assertEquals(Map.of("OggVorbis", 0, "OggOpus", 0, "OggSpeex", 0, "OggTheora", 2),
                scores(header("\u0081theora"), "a"));
        assertEquals(Map.of("OggVorbis", 0, "OggOpus", 0, "OggSpeex", 0, "OggTheora", 0),
                scores("xOggS\u0001vorbisOpusHead".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "a.ogg"));
    }

    @Test
    void testFileOpenPicksTheCodec() throws IOException {
        Map<String, String> expected = Map.of("empty.ogg", "OggVorbis", "example.opus", "OggOpus", "empty.spx",
                "OggSpeex", "multiplexed.spx", "OggSpeex", "sample.oggtheora", "OggTheora");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            FileType f = File.open(TestFiles.corpus(e.getKey()), Options.defaults()).orElseThrow();
            assertEquals(e.getValue(), f.getClass().getSimpleName(), e.getKey());
        }
    }
}
