// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static mutagen.mp4.MP4InfoTest.ascii;
import static mutagen.mp4.MP4InfoTest.cat;
import static mutagen.mp4.MP4InfoTest.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MP4TagsTest {
    @TempDir
    Path dir;

    static MP4Tags wrapIlst(byte[] data) throws IOException {
        byte[] ilst = Atom.render("ilst", data);
        byte[] meta = Atom.render("meta", cat(new byte[4], ilst));
        byte[] file = Atom.render("moov", Atom.render("udta", meta));
        FileSource in = FileSource.of(file, "");
        return new MP4Tags(Atoms.parse(in, MP4Error::new), in);
    }

    static byte[] data(String flagsHex, String payload) {
        return Atom.render("data", cat(hex(flagsHex), new byte[4], ascii(payload)));
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    // Port of tests/test_mp4.py::TMP4Tags
    @Nested
    class TMP4Tags {
        @Test
        void testParseMultipleAtoms() throws IOException {
            byte[] grp1 = Atom.render("\u00a9grp", data("00000001", "foo"));
            byte[] grp2 = Atom.render("\u00a9grp", data("00000001", "bar"));
            assertEquals(List.of("foo", "bar"), wrapIlst(cat(grp1, grp2)).get("\u00a9grp"));
        }

        @Test
        void testPurl() throws IOException {
            assertEquals(List.of("foo"), wrapIlst(Atom.render("purl", data("00000001", "foo"))).get("purl"));
            assertEquals(List.of("foo"), wrapIlst(Atom.render("purl", data("00000000", "foo"))).get("purl"));
            MP4Tags tags = wrapIlst(Atom.render("purl", data("00000003", "foo")));
            assertFalse(tags.containsKey("purl"));
            assertTrue(tags.failedAtoms().containsKey("purl"));
            byte[] bad = Atom.render("data", cat(hex("00000001"), new byte[4], hex("ff")));
            assertFalse(wrapIlst(Atom.render("purl", bad)).containsKey("purl"));
        }

        @Test
        void testGenre() throws IOException {
            MP4Tags tags = wrapIlst(Atom.render("gnre", Atom.render("data", cat(new byte[8], hex("0001")))));
            assertFalse(tags.containsKey("gnre"));
            assertEquals(List.of("Blues"), tags.get("\u00a9gen"));
        }

        @Test
        void testEmptyCpil() throws IOException {
            assertFalse(wrapIlst(Atom.render("cpil", Atom.render("data", new byte[8]))).containsKey("cpil"));
        }

        @Test
        void testGenreTooBig() throws IOException {
            MP4Tags tags = wrapIlst(Atom.render("gnre", Atom.render("data", cat(new byte[8], hex("0100")))));
            assertFalse(tags.containsKey("gnre"));
            assertFalse(tags.containsKey("\u00a9gen"));
        }

        @Test
        void testStripsUnknownTypes() throws IOException {
            byte[] d = Atom.render("data", cat(new byte[8], ascii("whee")));
            assertEquals(0, wrapIlst(Atom.render("foob", d)).size());
        }

        @Test
        void testStripsBadUnknownTypes() throws IOException {
            byte[] d = Atom.render("datA", cat(new byte[8], ascii("whee")));
            assertEquals(0, wrapIlst(Atom.render("foob", d)).size());
        }

        @Test
        void testBadCovr() throws IOException {
            byte[] d = Atom.render("foob", cat(hex("0000000e"), new byte[4], ascii("whee")));
            assertEquals(0, wrapIlst(Atom.render("covr", d)).size());
        }

        @Test
        void testCovrBlankFormat() throws IOException {
            MP4Tags tags = wrapIlst(Atom.render("covr", data("00000000", "whee")));
            assertEquals(MP4Cover.FORMAT_JPEG, ((MP4Cover) ((List<?>) tags.get("covr")).get(0)).imageformat());
        }

        @Test
        void testRenderBool() {
            assertArrayEquals(cat(hex("00000019"), ascii("pgap"), hex("00000011"), ascii("data"),
                    hex("000000150000000001")), TagRenderers.bool("pgap", true));
            assertArrayEquals(cat(hex("00000019"), ascii("pgap"), hex("00000011"), ascii("data"),
                    hex("000000150000000000")), TagRenderers.bool("pgap", false));
        }

        @Test
        void testRenderIntegerMinSize() throws IOException {
            byte[] data = TagRenderers.integer("stik", List.of(42L), 1);
            assertEquals(List.of(42L), wrapIlst(data).get("stik"));
            assertEquals(data.length + 1, TagRenderers.integer("stik", List.of(42L), 2).length);
            assertEquals(data.length + 3, TagRenderers.integer("stik", List.of(42L), 4).length);
            assertEquals(data.length + 7, TagRenderers.integer("stik", List.of(42L), 8).length);
        }

        @Test
        void testRenderText() {
            assertArrayEquals(cat(hex("0000002a"), ascii("purl"), hex("00000022"), ascii("data"), new byte[8],
                    ascii("http://foo/bar.xml")), TagRenderers.text("purl", List.of("http://foo/bar.xml"), 0));
            assertArrayEquals(cat(hex("00000024"), ascii("aART"), hex("0000001c"), ascii("data"),
                    hex("0000000100000000"), ascii("Album Artist")), TagRenderers.text("aART", List.of("\u0041lbum Artist")));
            assertArrayEquals(cat(hex("00000038"), ascii("aART"), hex("0000001c"), ascii("data"),
                    hex("0000000100000000"), ascii("Album Artist"), hex("00000014"), ascii("data"),
                    hex("0000000100000000"), ascii("Whee")),
                    TagRenderers.text("aART", List.of("Album Artist", "Whee")));
        }

        @Test
        void testRenderData() {
            assertArrayEquals(cat(hex("0000001c"), ascii("aART"), hex("00000014"), ascii("data"),
                    hex("0000000100000000"), ascii("whee")), TagRenderers.dataAtoms("aART", 0, 1, List.of(ascii("whee"))));
            assertArrayEquals(cat(hex("0000002f"), ascii("aART"), hex("00000014"), ascii("data"),
                    hex("0000000200000000"), ascii("whee"), hex("00000013"), ascii("data"), hex("0000000200000000"),
                    ascii("wee")), TagRenderers.dataAtoms("aART", 0, 2, List.of(ascii("whee"), ascii("wee"))));
        }

        @Test
        void testBadTextData() throws IOException {
            byte[] d = Atom.render("datA", cat(hex("0000000100000000"), ascii("whee")));
            assertEquals(0, wrapIlst(Atom.render("aART", d)).size());
        }

        @Test
        void testBadCprt() throws IOException {
            assertEquals(0, wrapIlst(Atom.render("cprt", cat(hex("00000023"), ascii("data"), hex("00")))).size());
        }

        @Test
        void testParseTmpo() throws IOException {
            String[] d = {"01", "0102", "010203", "01020304", "0102030405060708"};
            long[] v = {1, 258, 66051, 16909060, 72623859790382856L};
            for (int i = 0; i < d.length; i++) {
                byte[] data = Atom.render("data", cat(hex("00000015"), new byte[4], hex(d[i])));
                assertEquals(v[i], ((List<?>) wrapIlst(Atom.render("tmpo", data)).get("tmpo")).get(0));
            }
        }

        @Test
        void testWriteBackBadAtoms() throws IOException {
            byte[] d = Atom.render("datA", cat(hex("0000000100000000"), ascii("wheeee")));
            MP4Tags tags = wrapIlst(Atom.render("aART", d));
            assertEquals(0, tags.size());
            Path filename = TestFiles.tempCopy(TestFiles.corpus("has-tags.m4a"), dir);
            byte[] marker = ascii("wheeee");
            MP4.deleteFrom(filename);
            tags.save(filename);
            assertTrue(contains(Files.readAllBytes(filename), marker));
            tags.put("aART", List.of("new"));
            tags.save(filename);
            assertFalse(contains(Files.readAllBytes(filename), marker));
            tags.remove("aART");
            tags.save(filename);
            assertTrue(contains(Files.readAllBytes(filename), marker));
            MP4.deleteFrom(filename);
            assertFalse(contains(Files.readAllBytes(filename), marker));
        }

        static final byte[] DOUBLE = cat(hex("00000061"), ascii("----"), hex("00000022"), ascii("mean"),
                new byte[4], ascii("net.sacredchao.Mutagen"), hex("00000010"), ascii("name"), new byte[4],
                ascii("test"), hex("00000014"), ascii("data"), hex("0000000100000000"), ascii("whee"),
                hex("00000013"), ascii("data"), hex("0000000100000000"), ascii("wee"));

        @Test
        void testRenderFreeform() {
            assertArrayEquals(DOUBLE, TagRenderers.freeform("----:net.sacredchao.Mutagen:test",
                    List.of(ascii("whee"), ascii("wee"))));
        }

        @Test
        void testParseFreeform() throws IOException {
            String key = "----:net.sacredchao.Mutagen:test";
            byte[] doubleAtom = TagRenderers.freeform(key, List.of(ascii("whee"), ascii("wee")));
            MP4Tags tags = wrapIlst(DOUBLE);
            assertTrue(tags.containsKey(key));
            MP4TestBase.assertPyEquals(List.of(ascii("whee"), ascii("wee")), tags.get(key));
            assertEquals(tags.items(), wrapIlst(doubleAtom).items());
        }

        @Test
        void testMultiFreeform() throws IOException {
            byte[] mean = Atom.render("mean", cat(new byte[4], ascii("net.sacredchao.Mutagen")));
            byte[] name = Atom.render("name", cat(new byte[4], ascii("foo")));
            byte[] result = cat(Atom.render("----", cat(mean, name, data("00000001", "bar"))),
                    Atom.render("----", cat(mean, name, data("00000001", "quux"))));
            List<?> values = (List<?>) wrapIlst(result).get("----:net.sacredchao.Mutagen:foo");
            assertArrayEquals(ascii("bar"), ((MP4FreeForm) values.get(0)).data());
            assertArrayEquals(ascii("quux"), ((MP4FreeForm) values.get(1)).data());
        }

        @Test
        void testBadFreeform() throws IOException {
            byte[] mean = Atom.render("mean", ascii("net.sacredchao.Mutagen"));
            byte[] name = Atom.render("name", ascii("empty test key"));
            assertEquals(0, wrapIlst(Atom.render("----", cat(new byte[4], mean, name))).size());
        }

        @Test
        void testPprintNonTextList() {
            MP4Tags tags = new MP4Tags();
            tags.put("tmpo", List.of(120L, 121L));
            tags.put("trkn", List.of(new MP4Pair(1, 2), new MP4Pair(3, 4)));
            assertEquals("tmpo=120\ntmpo=121\ntrkn=(1, 2)\ntrkn=(3, 4)", tags.pprint());
        }

        @Test
        void testFreeformData() throws IOException {
            String key = "----:com.apple.iTunes:Encoding Params";
            byte[] value = cat(ascii("vers"), hex("00000001"), ascii("acbf"), hex("00000001"), ascii("brat"),
                    hex("0001f400"), ascii("cdcv"), hex("00010504"));
            byte[] data = cat(hex("0000001c"), ascii("mean"), new byte[4], ascii("com.apple.iTunes"),
                    hex("0000001b"), ascii("name"), new byte[4], ascii("Encoding Params"), hex("00000030"),
                    ascii("data"), new byte[8], value);
            MP4FreeForm v = (MP4FreeForm) ((List<?>) wrapIlst(Atom.render("----", data)).get(key)).get(0);
            assertTrue(v.sameBytes(value));
            assertEquals(AtomDataType.IMPLICIT, v.dataformat());
            MP4FreeForm again = (MP4FreeForm) ((List<?>) wrapIlst(TagRenderers.freeform(key, v)).get(key)).get(0);
            assertEquals(AtomDataType.IMPLICIT, again.dataformat());
            again = (MP4FreeForm) ((List<?>) wrapIlst(TagRenderers.freeform(key, value)).get(key)).get(0);
            assertEquals(AtomDataType.UTF8, again.dataformat());
        }
    }

    // Port of tests/test_mp4.py::TMP4UpdateParents64Bit
    @Nested
    class TMP4UpdateParents64Bit {
        @Test
        void testUpdateParents() throws IOException {
            Path filename = TestFiles.tempCopy(TestFiles.corpus("64bit.mp4"), dir);
            MP4Tags tags;
            try (FileSource in = FileSource.open(filename)) {
                Atoms atoms = Atoms.parse(in, MP4Error::new);
                assertEquals(77, atoms.atoms().get(0).length());
                assertEquals(61, atoms.atoms().get(0).children().get(0).length());
                tags = new MP4Tags(atoms, in);
            }
            tags.put("pgap", true);
            tags.save(filename, info -> 0);
            try (FileSource in = FileSource.open(filename)) {
                Atoms atoms = Atoms.parse(in, MP4Error::new);
                assertEquals(77 + 25 + 8, atoms.atoms().get(0).length());
                assertEquals(61 + 25 + 8, atoms.atoms().get(0).children().get(0).length());
            }
        }
    }

    // Port of tests/test_mp4.py::TMP4Freeform
    @Nested
    class TMP4Freeform {
        @Test
        void testCmp() {
            assertEquals(new MP4FreeForm(ascii("woooo"), 142, 42), new MP4FreeForm(ascii("woooo"), 142, 42));
            assertEquals(new MP4FreeForm(ascii("woooo"), 142, 42).hashCode(),
                    new MP4FreeForm(ascii("woooo"), 142, 42).hashCode());
            assertNotEquals(new MP4FreeForm(ascii("woooo"), 142, 43), new MP4FreeForm(ascii("woooo"), 142, 42));
            assertNotEquals(new MP4FreeForm(ascii("woooo"), 143, 42), new MP4FreeForm(ascii("woooo"), 142, 42));
            assertNotEquals(new MP4FreeForm(ascii("wooox"), 142, 42), new MP4FreeForm(ascii("woooo"), 142, 42));
        }

        @Test
        void testCmpBytes() {
            assertTrue(new MP4FreeForm(ascii("woooo")).sameBytes(ascii("woooo")));
            assertFalse(new MP4FreeForm(ascii("woooo")).sameBytes(ascii("foo")));
        }
    }

    // Port of tests/test_mp4.py::TMP4Cover
    @Nested
    class TMP4Cover {
        @Test
        void testCmp() {
            assertEquals(new MP4Cover(ascii("woooo"), 142), new MP4Cover(ascii("woooo"), 142));
            assertEquals(new MP4Cover(ascii("woooo"), 142).hashCode(), new MP4Cover(ascii("woooo"), 142).hashCode());
            assertNotEquals(new MP4Cover(ascii("woooo"), 143), new MP4Cover(ascii("woooo"), 142));
            assertNotEquals(new MP4Cover(ascii("woooo"), 142), new MP4Cover(ascii("wooox"), 142));
        }

        @Test
        void testCmpBytes() {
            assertTrue(new MP4Cover(ascii("woooo")).sameBytes(ascii("woooo")));
            assertFalse(new MP4Cover(ascii("woooo")).sameBytes(ascii("foo")));
        }
    }
}
