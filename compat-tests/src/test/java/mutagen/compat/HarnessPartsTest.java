// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parts of the harness that need no oracle: JSON, mutations, the known-differences list, error names, diffs. */
class HarnessPartsTest {

    @Test
    void jsonReadsWhatPythonWrites() {
        Object v = Json.parse("{\"a\": [1, -2, 131021685660704584182193358292653525527, 1.5, true, null],"
                + " \"s\": \"\\u00fc\\ud83d\\ude00\\udcff\\n\\\"\\\\\"}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of(1L, -2L, new BigInteger("131021685660704584182193358292653525527"),
                new java.math.BigDecimal("1.5"), true), ((List<?>) m.get("a")).subList(0, 5));
        assertNull(((List<?>) m.get("a")).get(5));
        assertEquals("\u00fc\ud83d\ude00\udcff\n\"\\", m.get("s"));
        assertEquals(v, Json.parse(Json.write(v)));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x"));
    }

    @Test
    void mutationsCutAtBoundariesAndEighthsAndFlipSizeFields() {
        byte[] id3 = new byte[2000];
        id3[0] = 'I';
        id3[1] = 'D';
        id3[2] = '3';
        List<Mutations.Mutation> ms = Mutations.of(id3);
        assertEquals(List.of("trunc@4", "trunc@10", "trunc@32", "trunc@128", "trunc@1024", "trunc@1/8", "trunc@2/8",
                "trunc@3/8", "trunc@4/8", "trunc@5/8", "trunc@6/8", "trunc@7/8", "cut@id3-end-1", "flip@id3-size"),
                ms.stream().map(Mutations.Mutation::id).collect(Collectors.toList()));
        assertEquals(250, ms.get(5).data().length);
        assertEquals(9, ms.get(12).data().length, "an empty ID3v2 tag ends at 10; the cut before its end");
        byte[] flipped = ms.get(13).data();
        assertArrayEquals(new byte[] {0x7f, 0x7f, 0x7f, 0x7f}, java.util.Arrays.copyOfRange(flipped, 6, 10));
        assertEquals(id3.length, flipped.length);
        assertTrue(Mutations.of(new byte[0]).isEmpty());
        // 28 bytes: 3/8 falls on byte 10, which keeps its boundary name; the first block (34 bytes) ends past the end
        assertEquals(List.of("trunc@4", "trunc@10", "trunc@1/8", "trunc@2/8", "trunc@4/8", "trunc@5/8",
                "trunc@6/8", "trunc@7/8", "cut@flac-block0+4", "flip@flac-block-size"), Mutations.of("fLaC\0\0\0\"xxxxxxxxxxxxxxxxxxxx"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).stream().map(Mutations.Mutation::id)
                        .collect(Collectors.toList()));
    }

    @Test
    void boundariesFollowFlacBlocksOggPagesAndMp4Atoms() {
        byte[] flac = new byte[60];
        System.arraycopy("fLaC".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, flac, 0, 4);
        flac[4] = 0;
        flac[7] = 10; // block 0: 10 bytes
        flac[4 + 4 + 10] = (byte) 0x84; // block 1: last, VORBIS_COMMENT, 5 bytes
        flac[4 + 4 + 10 + 3] = 5;
        assertEquals(Map.of(4L, "flac-block0", 8L, "flac-block0+4", 18L, "flac-block1", 22L, "flac-block1+4", 27L, "flac-audio"),
                Boundaries.of(flac));
        byte[] mp4 = new byte[40];
        mp4[3] = 16;
        System.arraycopy("ftypmoov".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, mp4, 4, 4);
        mp4[19] = 24;
        System.arraycopy("moov".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, mp4, 20, 4);
        mp4[27] = 16;
        System.arraycopy("udta".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, mp4, 28, 4);
        assertEquals(Map.of(8L, "atom-ftyp+8", 16L, "atom-moov", 24L, "atom-moov+8", 32L, "atom-moov/udta+8"),
                Boundaries.of(mp4));
    }

    @Test
    void knownDifferencesNeedACheckACaseAndAReason() {
        assertThrows(IllegalArgumentException.class,
                () -> KnownDifferences.parse(List.of("read corpus/x.flac"), "t"));
        assertThrows(IllegalArgumentException.class,
                () -> KnownDifferences.parse(List.of("read corpus/x.flac -- "), "t"));
        assertThrows(IllegalArgumentException.class,
                () -> KnownDifferences.parse(List.of("parse corpus/x.flac -- why"), "t"));
        KnownDifferences k = KnownDifferences.parse(List.of("write FLAC/* -- a reason", "read a+b.mp3 -- regex-safe"),
                "t");
        assertNotNull(k.match("write", "FLAC/set-title"));
        assertNull(k.match("write", "MP3/set-title"));
        assertNotNull(k.match("read", "a+b.mp3"));
        assertNull(k.match("read", "aab.mp3"));
        assertEquals(List.of(), k.unused("write"));
    }

    @Test
    void theProjectsKnownDifferencesParse() {
        assertNotNull(KnownDifferences.load());
    }

    @Test
    void moduleErrorsGetOurNames() {
        Object dump = Map.of("error", Map.of("class", "error", "module", "mutagen.flac", "message", "m"),
                "tags", List.of(Map.of("class", "error", "module", "mutagen.nosuch", "message", "x")));
        Map<?, ?> c = (Map<?, ?>) ErrorNames.canonical(dump);
        assertEquals(Map.of("class", "FLACError", "message", "m"), c.get("error"));
        assertEquals(List.of(Map.of("class", "error(mutagen.nosuch)", "message", "x")), c.get("tags"));
        assertEquals(Map.of("class", "HeaderNotFoundError", "message", "m"), ErrorNames.canonical(
                Map.of("class", "HeaderNotFoundError", "module", "mutagen.mp3", "message", "m")));
    }

    @Test
    void longTextDifferencesPointAtTheFirstDifferingCharacter() {
        String a = "x".repeat(100) + "A" + "y".repeat(100);
        String b = "x".repeat(100) + "B" + "y".repeat(100);
        String d = Differ.first("pprint", a, b).orElseThrow();
        assertTrue(d.startsWith("pprint: differs at character 100: mutagen ...\"" + "x".repeat(30) + "A"), d);
        assertEquals("info.bitrate: mutagen 1, ours 2", Differ.first("info.bitrate", 1L, 2).orElseThrow());
        assertTrue(Differ.first("n", 1L, 1).isEmpty());
        assertEquals("x: mutagen 1, ours \"1\"", Differ.first("x", 1L, "1").orElseThrow());
    }

    @Test
    void genericNormalisationMatchesOraclePy() {
        assertEquals("0.1", Normalisers.generic(0.1));
        assertEquals("1e+16", Normalisers.generic(1e16));
        assertEquals(3L, Normalisers.generic(3));
        assertEquals(Map.of("bytes", 3L, "sha1", "a9993e364706816aba3e25717850c26c9cd0d89d"),
                Normalisers.generic("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(List.of("a", 1L), Normalisers.generic(List.of("a", 1)));
    }
}
