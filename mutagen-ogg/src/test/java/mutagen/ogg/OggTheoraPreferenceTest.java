// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.ogg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HexFormat;
import mutagen.spi.ProbeInput;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Test;

/** Port of tests/test___init__.py::TFile (the Ogg case): a Theora stream with a Vorbis track scores as Theora. */
class OggTheoraPreferenceTest {
    /** The 128-byte header of mutagen's test (two Ogg pages: a Theora header, then a Vorbis one). */
    private static final byte[] HEADER = HexFormat.of().parseHex(
            "4f67675300020000000000000000e178060f00000000295327f4012a807468656f72610302010036" +
            "001e0003560001e000000000001800000001000000000000002625a000c04f676753000200000000" +
            "000000006423a81f000000005d59c0c0011e01766f72626973000000000280bb00000000000000ee" +
            "020000000000b801");

    @Test
    void testPreferTheoraOverVorbis() throws IOException {
        ProbeInput input = ProbeInput.of(FileSource.of(HEADER, "not-identifiable.ext"));
        int vorbis = new mutagen.oggvorbis.OggVorbisProvider().score(input);
        int theora = new mutagen.oggtheora.OggTheoraProvider().score(input);
        assertTrue(vorbis < theora, "vorbis " + vorbis + " < theora " + theora);
    }
}
