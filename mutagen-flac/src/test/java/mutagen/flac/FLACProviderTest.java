// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mutagen.Options;
import mutagen.spi.FormatProvider;
import mutagen.spi.ProbeInput;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** The score table of mutagen's {@code FLAC.score} and the service registration. */
class FLACProviderTest {
    private final FLACProvider provider = new FLACProvider();

    private int score(byte[] header, String name) throws IOException {
        return provider.score(ProbeInput.of(FileSource.of(header, name)));
    }

    @Test
    void scoreTable() throws IOException {
        byte[] flac = FlacTestSupport.latin1("fLaC\0\0\0\"");
        byte[] other = FlacTestSupport.latin1("ID3\u0004\0\0\0\0\0\0");
        assertEquals(4, score(flac, "a.flac"));
        assertEquals(4, score(flac, "A.FLAC"));
        assertEquals(1, score(flac, "a.ogg"));
        assertEquals(1, score(flac, ""));
        assertEquals(3, score(other, "x.Flac"));
        assertEquals(0, score(other, "x.mp3"));
        assertEquals(0, score(new byte[0], ""));
        assertEquals(0, score(FlacTestSupport.latin1("fLa"), "flac"));
    }

    @Test
    void kindName() {
        assertEquals("FLAC", provider.kindName());
        assertEquals("FLAC", provider.kindName(Options.defaults()));
    }

    @Test
    void registeredAsAService() throws IOException {
        // module-info's "provides", as the API module's ServiceLoader sees it
        assertTrue(Options.defaults().providers().stream().anyMatch(p -> p instanceof FLACProvider));
        // and the class-path declaration
        try (java.io.InputStream in = FLACProvider.class.getModule()
                .getResourceAsStream("META-INF/services/" + FormatProvider.class.getName())) {
            assertEquals("mutagen.flac.FLACProvider\n",
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void opensTheSource() throws IOException {
        try (FileSource src = FileSource.open(TestFiles.corpus("no-tags.flac"))) {
            assertEquals("FLAC, 3.68 seconds, 44100 Hz (audio/flac)", provider.open(src, Options.defaults()).pprint());
        }
    }
}
