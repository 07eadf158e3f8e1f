// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Stream information and the small helpers of tests/test_mp4.py. */
class MP4InfoTest {
    static byte[] cat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] hex(String h) {
        return HexFormat.of().parseHex(h);
    }

    static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static MP4Info info(byte[] file) throws IOException {
        FileSource in = FileSource.of(file, "");
        return new MP4Info(Atoms.parse(in, MP4Error::new), in);
    }

    static byte[] mdhdV1() {
        return Atom.render("mdhd", cat(hex("01000000"), new byte[16], hex("00000002"), hex("0000000000000010")));
    }

    // Port of tests/test_mp4.py::TMP4Info
    @Nested
    class TMP4Info {
        byte[] file(String handler) {
            byte[] hdlr = Atom.render("hdlr", cat(new byte[8], ascii(handler)));
            byte[] mdia = Atom.render("mdia", cat(mdhdV1(), hdlr));
            return Atom.render("moov", Atom.render("trak", mdia));
        }

        @Test
        void testNoSoun() {
            assertThrows(MP4Error.class, () -> info(file("vide")));
        }

        @Test
        void testMdhdVersion1() throws IOException {
            assertEquals(8, info(file("soun")).length());
        }

        @Test
        void testMultipleTracks() throws IOException {
            byte[] trak1 = Atom.render("trak", Atom.render("mdia", Atom.render("hdlr", cat(new byte[8],
                    ascii("whee")))));
            byte[] hdlr = Atom.render("hdlr", cat(new byte[8], ascii("soun")));
            byte[] trak2 = Atom.render("trak", Atom.render("mdia", cat(mdhdV1(), hdlr)));
            assertEquals(8, info(Atom.render("moov", cat(trak1, trak2))).length());
        }

        @Test
        void testNoTracks() {
            assertThrows(MP4StreamInfoError.class, () -> info(Atom.render("moov", new byte[0])));
        }
    }

    // Port of tests/test_mp4.py::TMP4ALAC
    @Nested
    class TMP4ALAC {
        MP4 audio() throws IOException {
            return new MP4(TestFiles.corpus("alac.m4a"));
        }

        @Test
        void testChannels() throws IOException {
            assertEquals(2, audio().info().channels());
        }

        @Test
        void testSampleRate() throws IOException {
            assertEquals(44100, audio().info().sampleRate());
        }

        @Test
        void testBitsPerSample() throws IOException {
            assertEquals(16, audio().info().bitsPerSample());
        }

        @Test
        void testLength() throws IOException {
            assertEquals(3.7, audio().info().length(), 0.05);
        }

        @Test
        void testBitrate() throws IOException {
            assertEquals(2764, audio().info().bitrate());
        }

        @Test
        void testKind() throws IOException {
            assertEquals("alac", audio().info().codec());
        }
    }

    // Port of tests/test_mp4.py::TMP4Misc
    @Nested
    class TMP4Misc {
        @Test
        void testNoAudioTracks() throws IOException {
            MP4 audio = new MP4(FileSource.of(Atom.render("moov", Atom.render("udta", new byte[0])), ""));
            MP4Info info = audio.info();
            assertNotNull(info);
            assertFalse(audio.pprint().isEmpty());
            assertEquals(0, info.bitrate());
            assertEquals(0.0, info.length());
            assertEquals(0, info.channels());
            assertEquals(0, info.sampleRate());
            assertEquals(0, info.bitsPerSample());
            assertEquals("", info.codec());
            assertEquals("", info.codecDescription());
        }

        @Test
        void testParseFullAtom() throws MP4Error {
            FullAtom p = FullAtom.parse(hex("01020304ff"));
            assertEquals(1, p.version());
            assertEquals(131844, p.flags());
            assertArrayEquals(hex("ff"), p.data());
            assertThrows(MP4Error.class, () -> FullAtom.parse(hex("000000")));
        }

        @Test
        void testSortItems() {
            List<Map.Entry<String, Object>> items = List.of(Map.entry("\u00a9nam", List.of("foo")),
                    Map.entry("gnre", List.of("fo")), Map.entry("----", List.of("123")),
                    Map.entry("----", List.of("1234")));
            List<Map.Entry<String, Object>> shuffled = new ArrayList<>(items);
            java.util.Collections.reverse(shuffled);
            assertEquals(items, MP4Tags.sortItems(shuffled));
            assertEquals(items, MP4Tags.sortItems(items));
        }
    }

    // Port of tests/test_mp4.py::test_weird_descriptor_size
    @Nested
    class WeirdDescriptorSize {
        // pytest.approx(2.02, 2): a relative tolerance of 2
        @Test
        void testWeirdDescriptorSize() throws IOException {
            MP4Info t = new MP4(TestFiles.corpus("ep7.m4b")).info();
            assertEquals(2.02, t.length(), 2 * 2.02);
            assertEquals(125591, t.bitrate());
            assertEquals(44100, t.sampleRate());
            assertEquals("AAC LC", t.codecDescription());
            t = new MP4(TestFiles.corpus("ep9.m4b")).info();
            assertEquals(2.02, t.length(), 2 * 2.02);
            assertEquals(61591, t.bitrate());
            assertEquals(44100, t.sampleRate());
            assertEquals("AAC LC", t.codecDescription());
        }
    }
}
