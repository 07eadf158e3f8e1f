// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.flac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mutagen.File;
import mutagen.FileType;
import mutagen.MutagenError;
import mutagen.testkit.TestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every {@code .flac} file of the corpus loads as mutagen 1.48.1 loads it: the same {@code pprint()} (what
 * {@code mutagen-inspect} prints), bitrate and block codes, or the same error text. The expected values were taken
 * from {@code /tmp/oracle/bin/mutagen-inspect} and {@code FLAC(f).metadata_blocks} by hand.
 */
class FLACCorpusTest {

    /** File name to {kind ("ok" or Python error class), "bitrate blockcount codes", pprint or error text}. */
    static final Map<String, String[]> EXPECTED = expected();

    private static Map<String, String[]> expected() {
        Map<String, String[]> m = new TreeMap<>();
        m.put("106-invalid-streaminfo.flac", new String[] {"error", "",
                "file said 16 bytes, read 0 bytes"});
        m.put("106-short-picture-block-size.flac", new String[] {"ok", "1098 4 0,4,6,1",
                "FLAC, 3.68 seconds, 44100 Hz (audio/flac)"});
        m.put("52-overwritten-metadata.flac", new String[] {"ok", "9 2 0,4",
                "FLAC, 236.60 seconds, 44100 Hz (audio/flac)\nTITLE=Songs of Rejoicing\nARTIST=Giora Feidman\nALBUM=The Magic of the Klezmer\nGENRE=Klezmer\nDATE=1990\nTRACKNUMBER=01"});
        m.put("52-too-short-block-size.flac", new String[] {"ok", "1963 2 0,4",
                "FLAC, 202.80 seconds, 44100 Hz (audio/flac)\nTITLE=Mother's Daughter\nARTIST=Tunng\nALBUM=Mother's Daughter and Other Songs\nGENRE=Folk-Rock\nDATE=2004\nTRACKNUMBER=1"});
        m.put("flac_application.flac", new String[] {"ok", "2 8 0,3,4,2,2,2,2,1",
                "FLAC, 273.64 seconds, 44100 Hz (audio/flac)\nreplaygain_track_peak=0.9976\nmusicbrainz_albumartistid=e5c7b94f-e264-473c-bb0f-37c85d4d5c70\ndate=2010-10-11\ntracknumber=4/11\nmusicbrainz_trackid=e65fb332-0c1e-4172-85e0-59cd37e5669e\nalbum=Belle and Sebastian Write About Love\nreplaygain_album_gain=-8.14 dB\nlabelid=RTRADLP480\ntitle=I Want the World to Stop\nartist=Belle and Sebastian\nmusicbrainz_albumid=359a91e9-3bb3-4b60-a823-8aaa4bad1e36\nartistsort=Belle and Sebastian\nreplaygain_track_gain=-8.08 dB\nreplaygain_album_peak=1.0000"});
        m.put("no-tags.flac", new String[] {"ok", "1098 2 0,1",
                "FLAC, 3.68 seconds, 44100 Hz (audio/flac)"});
        m.put("ooming-header.flac", new String[] {"error", "",
                "file said 4 bytes, read 0 bytes"});
        m.put("silence-44-s.flac", new String[] {"ok", "101430 6 0,3,4,5,6,1",
                "FLAC, 3.68 seconds, 44100 Hz (audio/flac)\nalbum=Quod Libet Test Data\nartist=piman\nartist=jzig\ngenre=Silence\ntracknumber=02/10\ndate=2004\ntitle=Silence"});
        m.put("variable-block.flac", new String[] {"ok", "60 3 0,4,1",
                "FLAC, 261.68 seconds, 44100 Hz (audio/flac)\nALBUM=Appleseed Original Soundtrack\nARTIST=Boom Boom Satellites\nCOMMENT=Original Soundtrack\nCOMPOSER=Boom Boom Satellites (Lyrics)\nDATE=2004\nDISCID=AA0B360B\nDISCNUMBER=1\nGENRE=Anime Soundtrack\nJAPANESE TITLE=\u30a2\u30c3\u30d7\u30eb\u30b7\u30fc\u30c9 \u30aa\u30ea\u30b8\u30ca\u30eb\u30fb\u30b5\u30a6\u30f3\u30c9\u30c8\u30e9\u30c3\u30af\nORGANIZATION=Sony Music Records (SRCP-371)\nRIPPER=Exact Audio Copy 0.99pb5\nTITLE=DIVE FOR YOU\nTOTALDISCS=2\nTOTALTRACKS=11\nTRACKNUMBER=01\nreplaygain_album_gain=-8.68 dB\nreplaygain_album_peak=1.000000\nreplaygain_track_gain=-9.61 dB\nreplaygain_track_peak=1.000000"});
        return m;
    }

    static Stream<String> flacFiles() {
        return TestFiles.allCorpusFiles().stream().map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".flac"));
    }

    @Test
    void everyCorpusFlacHasAnExpectation() {
        assertEquals(EXPECTED.keySet(), flacFiles().collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    @ParameterizedTest
    @MethodSource("flacFiles")
    void loadsAsMutagenDoes(String name) throws MutagenError {
        String[] exp = EXPECTED.get(name);
        assertNotNull(exp, name);
        Path path = TestFiles.corpus(name);
        if (exp[0].equals("ok")) {
            FLAC f = new FLAC(path);
            assertEquals(exp[2], f.pprint());
            String[] extra = exp[1].split(" ");
            assertEquals(Long.parseLong(extra[0]), f.info().bitrate());
            List<MetadataBlock> blocks = f.metadataBlocks();
            assertEquals(Integer.parseInt(extra[1]), blocks.size());
            assertEquals(extra[2], blocks.stream().map(b -> String.valueOf(b.code())).collect(Collectors.joining(",")));
        } else {
            FLACError e = assertThrows(FLACError.class, () -> new FLAC(path));
            assertEquals(exp[2], e.getMessage());
            assertEquals(exp[2], e.pythonStr());
        }
    }

    @ParameterizedTest
    @MethodSource("flacFiles")
    void detectedThroughTheServiceLoader(String name) throws MutagenError {
        String[] exp = EXPECTED.get(name);
        Path path = TestFiles.corpus(name);
        if (exp[0].equals("ok")) {
            Optional<FileType> f = File.open(path);
            assertTrue(f.isPresent());
            assertTrue(f.get() instanceof FLAC);
            assertEquals(exp[2], f.get().pprint());
        } else {
            MutagenError e = assertThrows(MutagenError.class, () -> File.open(path));
            assertEquals(exp[2], e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("flacFiles")
    void loadsFromBytesToo(String name) throws MutagenError {
        String[] exp = EXPECTED.get(name);
        byte[] data = TestFiles.bytes(TestFiles.corpus(name));
        if (exp[0].equals("ok")) {
            assertEquals(exp[2], new FLAC(mutagen.util.FileSource.of(data, name)).pprint());
        } else {
            assertFalse(exp[2].isEmpty());
            FLACError e = assertThrows(FLACError.class, () -> new FLAC(mutagen.util.FileSource.of(data, name)));
            assertEquals(exp[2], e.getMessage());
        }
    }
}
