// SPDX-License-Identifier: GPL-2.0-or-later
// The methods of mutagen's tests/test__util.py that the older ports (ByteReaderTest, TextTest, PyReprTest,
// FileEditTest, BitReaderTest) left out, checked on the Java counterparts of mutagen._util's helpers.
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import mutagen.MutagenError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UtilSuiteTest {

    // Port of tests/test__util.py::test_intround
    @Test
    void testIntround() {
        assertEquals(2, PyRepr.intRound(2.5));
        assertEquals(3, PyRepr.intRound(2.6));
        assertEquals(2, PyRepr.intRound(2.4));
    }

    /**
     * Port of tests/test__util.py::Tcdata: the byte patterns of mutagen's test read through {@link ByteReader} (the
     * Java counterpart of {@code cdata}); the alias identities ({@code cdata.char is cdata.int8}) have no Java form.
     */
    @Nested
    class Tcdata {
        private ByteReader zero(int n) {
            return new ByteReader(new byte[n], ErrorFactory.GENERIC);
        }

        private ByteReader leOne(int n) {
            byte[] b = new byte[n];
            b[0] = 1;
            return new ByteReader(b, ErrorFactory.GENERIC);
        }

        private ByteReader beOne(int n) {
            byte[] b = new byte[n];
            b[n - 1] = 1;
            return new ByteReader(b, ErrorFactory.GENERIC);
        }

        private ByteReader negOne(int n) {
            byte[] b = new byte[n];
            Arrays.fill(b, (byte) 0xFF);
            return new ByteReader(b, ErrorFactory.GENERIC);
        }

        @Test
        void testChar() throws MutagenError {
            assertEquals(0, zero(1).s8());
            assertEquals(1, leOne(1).s8());
            assertEquals(1, beOne(1).s8());
            assertEquals(-1, negOne(1).s8());
            assertEquals(Byte.MAX_VALUE, new ByteReader(new byte[] {0x7F}, ErrorFactory.GENERIC).s8());
            assertEquals(Byte.MIN_VALUE, new ByteReader(new byte[] {(byte) 0x80}, ErrorFactory.GENERIC).s8());
        }

        @Test
        void testCharFromTo() throws MutagenError {
            // char_from(b"\xfe") == (-2, 1); char_from(b"\x00\xfe", 1) == (-2, 2); offset 3 is an error.
            ByteReader r = new ByteReader(new byte[] {(byte) 0xFE}, ErrorFactory.GENERIC);
            assertEquals(-2, r.s8());
            assertEquals(1, r.position());
            ByteReader r2 = new ByteReader(new byte[] {0, (byte) 0xFE}, ErrorFactory.GENERIC);
            r2.position(1);
            assertEquals(-2, r2.s8());
            assertEquals(2, r2.position());
            assertThrows(MutagenError.class, () -> r2.position(3));
            assertThrows(MutagenError.class, r2::s8);
        }

        @Test
        void testUchar() throws MutagenError {
            assertEquals(0, zero(1).u8());
            assertEquals(1, leOne(1).u8());
            assertEquals(1, beOne(1).u8());
            assertEquals(255, negOne(1).u8());
        }

        @Test
        void testShort() throws MutagenError {
            assertEquals(0, zero(2).s16le());
            assertEquals(1, leOne(2).s16le());
            assertEquals(256, beOne(2).s16le());
            assertEquals(-1, negOne(2).s16le());
            assertEquals(0, zero(2).s16be());
            assertEquals(256, leOne(2).s16be());
            assertEquals(1, beOne(2).s16be());
            assertEquals(-1, negOne(2).s16be());
        }

        @Test
        void testUshort() throws MutagenError {
            assertEquals(0, zero(2).u16le());
            assertEquals(1, leOne(2).u16le());
            assertEquals(1 << 8, beOne(2).u16le());
            assertEquals(65535, negOne(2).u16le());
            assertEquals(0, zero(2).u16be());
            assertEquals(1 << 8, leOne(2).u16be());
            assertEquals(1, beOne(2).u16be());
            assertEquals(65535, negOne(2).u16be());
        }

        @Test
        void testInt() throws MutagenError {
            assertEquals(0, zero(4).s32le());
            assertEquals(1, leOne(4).s32le());
            assertEquals(1 << 24, beOne(4).s32le());
            assertEquals(-1, negOne(4).s32le());
            assertEquals(0, zero(4).s32be());
            assertEquals(1 << 24, leOne(4).s32be());
            assertEquals(1, beOne(4).s32be());
            assertEquals(-1, negOne(4).s32be());
        }

        @Test
        void testLonglong() throws MutagenError {
            // Java's long is mutagen's int64: u64le/u64be give the signed value of the same bits.
            assertEquals(0, zero(8).u64le());
            assertEquals(1, leOne(8).u64le());
            assertEquals(1L << 56, beOne(8).u64le());
            assertEquals(-1L, negOne(8).u64le());
            assertEquals(0, zero(8).u64be());
            assertEquals(1L << 56, leOne(8).u64be());
            assertEquals(1, beOne(8).u64be());
            assertEquals(-1L, negOne(8).u64be());
            assertEquals("18446744073709551615", Long.toUnsignedString(negOne(8).u64be()));
        }
    }

    /** Port of tests/test__util.py::Tencode_endian. */
    @Nested
    class TencodeEndian {
        @Test
        void testUtf32() throws CharacterCodingException {
            // The endian-explicit codecs; Text has no BOM-prefixed UTF-32 form (no format writes UTF-32).
            assertArrayEquals(new byte[] {(byte) 0xE4, 0, 0, 0}, Text.encode("\u00e4", Charset.forName("UTF-32LE")));
            assertArrayEquals(new byte[] {0, 0, 0, (byte) 0xE4}, Text.encode("\u00e4", Charset.forName("UTF-32BE")));
        }
    }

    /** Port of tests/test__util.py::Tread_full: {@code FileSource.readExactly} is mutagen's {@code read_full}. */
    @Nested
    class TreadFull {
        @Test
        void testReadFull() throws IOException {
            FileSource empty = FileSource.of(new byte[0], "");
            assertThrows(MutagenError.class, () -> empty.readExactly(0, -3, ErrorFactory.GENERIC));
            assertThrows(MutagenError.class, () -> empty.readExactly(0, 3, ErrorFactory.GENERIC));
            FileSource foo = FileSource.of(new byte[] {'f', 'o', 'o'}, "");
            assertArrayEquals(new byte[] {'o', 'o'}, foo.readExactly(1, 2, ErrorFactory.GENERIC));
            assertThrows(MutagenError.class, () -> foo.readExactly(2, 2, ErrorFactory.GENERIC));
        }
    }

    /** Port of tests/test__util.py::Tget_size: the size of a caller's channel, its position left alone. */
    @Nested
    class TgetSize {
        @Test
        void testGetSize() throws IOException {
            MemoryChannel f = MemoryChannel.readOnly(new byte[] {'f', 'o', 'o'});
            f.position(1);
            assertEquals(1, f.position());
            assertEquals(3, FileSource.of(f, "", false).size());
            assertEquals(1, f.position());
        }
    }
}
