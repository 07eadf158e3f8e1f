// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.HexFormat;
import mutagen.testkit.TestFiles;
import mutagen.util.FileSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AtomTest {
    static FileSource src(String hex, int zeros) {
        byte[] head = HexFormat.of().parseHex(hex);
        byte[] all = java.util.Arrays.copyOf(head, head.length + zeros);
        return FileSource.of(all, "");
    }

    static Atom atom(FileSource in, int level) throws IOException {
        return Atom.parse(in, 0, level, MP4Error::new);
    }

    // Port of tests/test_mp4.py::TAtom
    @Nested
    class TAtom {
        @Test
        void testNoChildren() throws IOException {
            Atom a = atom(src("0000000861746f6d", 0), 0);
            assertThrows(MP4Error.class, () -> a.get(MP4Error::new, "test"));
        }

        @Test
        void testLength1() throws IOException {
            Atom a = atom(src("0000000161746f6d0000000000000010", 16), 0);
            assertEquals(16, a.length());
            assertEquals(0, a.dataLength());
        }

        @Test
        void testLength64bitLessThan16() {
            assertThrows(MP4Error.class, () -> atom(src("0000000161746f6d0000000000000008", 8), 0));
        }

        @Test
        void testLengthLessThan8() {
            assertThrows(MP4Error.class, () -> atom(src("0000000261746f6d", 0), 0));
        }

        @Test
        void testTruncated() {
            assertThrows(MP4Error.class, () -> atom(src("00", 0), 0));
            assertThrows(MP4Error.class, () -> atom(src("0000000161746f6d", 0), 0));
        }

        // Java has no 4 GiB array: the header rendered for a payload of 1 << 32 bytes stands for it
        @Test
        void testRenderTooBig() {
            byte[] head = Atom.header("data", 1L << 32);
            assertEquals(4 + 4 + 8, head.length);
            assertArrayEquals(HexFormat.of().parseHex("00000001646174610000000100000010"), head);
        }

        @Test
        void testNonTopLevelLength0IsInvalid() {
            assertThrows(MP4Error.class, () -> atom(src("0000000077686565", 0), 1));
        }

        @Test
        void testLength0() throws IOException {
            Atom a = atom(src("0000000061746f6d", 40), 0);
            assertEquals(48, a.next());
            assertEquals(48, a.length());
            assertEquals(40, a.dataLength());
        }

        @Test
        void testLength0Container() throws IOException {
            byte[] data = Atom.render("data", "whee".getBytes());
            String hex = "000000006d6f6f76" + HexFormat.of().formatHex(data);
            Atom a = atom(src(hex, 0), 0);
            assertEquals(1, a.children().size());
            assertEquals(20, a.length());
            assertEquals(12, a.children().get(0).length());
        }

        @Test
        void testRead() throws IOException {
            FileSource in = src("0000001061746f6d" + "ff".repeat(8), 0);
            assertArrayEquals(HexFormat.of().parseHex("ff".repeat(8)), atom(in, 0).readData(in, MP4Error::new));
            FileSource shortIn = src("0000001061746f6d" + "ff".repeat(7), 0);
            assertNull(atom(shortIn, 0).readData(shortIn, MP4Error::new));
        }
    }

    // Port of tests/test_mp4.py::TAtoms
    @Nested
    class TAtoms {
        Atoms atoms() throws IOException {
            try (FileSource s = FileSource.open(TestFiles.corpus("has-tags.m4a"))) {
                return Atoms.parse(s, MP4Error::new);
            }
        }

        // Port of tests/test_mp4.py::TAtoms.test_getitem, TAtoms.test_contains
        @Test
        void testGetitem() throws IOException {
            Atoms a = atoms();
            assertNotNull(a.find("moov"));
            assertNotNull(a.find("moov.udta"));
            assertNull(a.find("whee"));
            assertThrows(MP4Error.class, () -> a.get(MP4Error::new, "whee"));
        }

        @Test
        void testName() throws IOException {
            assertEquals("ftyp", atoms().atoms().get(0).name());
        }

        @Test
        void testChildren() throws IOException {
            assertFalse(atoms().atoms().get(2).children().isEmpty());
        }

        @Test
        void testNoChildren() throws IOException {
            assertNull(atoms().atoms().get(0).children());
        }

        @Test
        void testExtraTrailingData() throws IOException {
            byte[] d = java.util.Arrays.copyOf(Atom.render("data", "whee".getBytes()), 14);
            assertEquals(1, Atoms.parse(FileSource.of(d, ""), MP4Error::new).atoms().size());
        }

        @Test
        void testRepr() throws IOException {
            assertFalse(atoms().toString().isEmpty());
        }
    }
}
