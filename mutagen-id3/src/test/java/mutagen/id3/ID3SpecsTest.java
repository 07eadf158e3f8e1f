// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static mutagen.id3.T.b;
import static mutagen.id3.T.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

// Port of tests/test__id3specs.py
class ID3SpecsTest {

    @Nested
    // Port of tests/test__id3specs.py::TSynchronizedTextSpec
    class TSynchronizedTextSpec {
        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.SynchronizedTextSpec("name");
            List<SYLT.Line> values = List.of(new SYLT.Line("A", 100), new SYLT.Line("\u00e4xy", 0),
                    new SYLT.Line("", 42), new SYLT.Line("", 0));
            Frame f = T.encFrame(1);
            Object[] r = read(s, null, f, s.write(null, f, values));
            assertEquals(values, r[0]);
            assertArrayEquals(new byte[0], (byte[]) r[1]);
            assertArrayEquals(b("\u00ff\u00feA\0\0\0\0\0\0d"), s.write(null, f, List.of(new SYLT.Line("A", 100))));

            f = T.encFrame(2);
            r = read(s, null, f, s.write(null, f, values));
            assertEquals(values, r[0]);
            assertArrayEquals(b("\0A\0\0\0\0\0d"), s.write(null, f, List.of(new SYLT.Line("A", 100))));

            f = T.encFrame(3);
            r = read(s, null, f, s.write(null, f, values));
            assertEquals(values, r[0]);
            assertArrayEquals(b("A\0\0\0\0d"), s.write(null, f, List.of(new SYLT.Line("A", 100))));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TTimeStampSpec
    class TTimeStampSpec {
        @Test
        void testRead() throws Exception {
            Spec s = new Spec.TimeStampSpec("name");
            Frame f = T.encFrame(0);
            Object[] r = read(s, T.H24, f, b("ab\0fg"));
            assertEquals(new ID3TimeStamp("ab"), r[0]);
            assertArrayEquals(b("fg"), (byte[]) r[1]);
            r = read(s, T.H24, f, b("1234\0"));
            assertEquals(new ID3TimeStamp("1234"), r[0]);
            assertArrayEquals(b(""), (byte[]) r[1]);
        }

        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.TimeStampSpec("name");
            Frame f = T.encFrame(0);
            assertArrayEquals(b("1234\0"), s.write(null, f, new ID3TimeStamp("1234")));
            assertThrows(RuntimeException.class, () -> s.write(null, f, null));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TEncodedTextSpec
    class TEncodedTextSpec {
        @Test
        void testRead() throws Exception {
            Spec s = new Spec.EncodedTextSpec("name");
            Object[] r = read(s, T.H24, T.encFrame(0), b("abcd\0fg"));
            assertEquals("abcd", r[0]);
            assertArrayEquals(b("fg"), (byte[]) r[1]);
        }

        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.EncodedTextSpec("name");
            assertArrayEquals(b("abcdefg\0"), s.write(null, T.encFrame(0), "abcdefg"));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TEncodingSpec
    class TEncodingSpec {
        @Test
        void testRead() throws Exception {
            Spec s = new Spec.EncodingSpec("name");
            Object[] r = read(s, null, null, b("\3abcdefg"));
            assertEquals(Encoding.UTF8, r[0]);
            assertArrayEquals(b("abcdefg"), (byte[]) r[1]);
            assertThrows(SpecError.class, () -> read(s, null, null, b("\4abcdefg")));
        }

        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.EncodingSpec("name");
            assertArrayEquals(b("\0"), s.write(null, null, 0));
            assertThrows(IllegalArgumentException.class, () -> s.write(null, null, b("abc")));
            assertThrows(IllegalArgumentException.class, () -> s.write(null, null, null));
        }

        @Test
        void testValidate() {
            Spec s = new Spec.EncodingSpec("name");
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, null));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TASPIIndexSpec
    class TASPIIndexSpec {
        @Test
        void testRead() throws Exception {
            ASPI frame = new ASPI();
            frame.set("b", 16);
            frame.set("N", 2);
            Spec s = new Spec.ASPIIndexSpec("name");
            assertThrows(SpecError.class, () -> read(s, null, frame, b("")));
            Object[] r = read(s, null, frame, b("\1\0\0\1"));
            assertEquals(List.of(256, 1), r[0]);
            assertArrayEquals(new byte[0], (byte[]) r[1]);
            ASPI frame2 = new ASPI();
            frame2.set("b", 42);
            assertThrows(SpecError.class, () -> read(s, null, frame2, b("")));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TVolumeAdjustmentSpec
    class TVolumeAdjustmentSpec {
        @Test
        void testValidate() {
            Spec s = new Spec.VolumeAdjustmentSpec("gain", 0);
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, 65));
        }

        @Test
        void testRead() throws Exception {
            Spec s = new Spec.VolumeAdjustmentSpec("gain", 0);
            assertEquals(0.0, read(s, null, null, b("\0\0"))[0]);
            assertEquals(2.0, read(s, null, null, b("\u0004\0"))[0]);
            assertEquals(-2.0, read(s, null, null, b("\u00fc\0"))[0]);
        }

        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.VolumeAdjustmentSpec("gain", 0);
            assertArrayEquals(b("\0\0"), s.write(null, null, 0.0));
            assertArrayEquals(b("\u0004\0"), s.write(null, null, 2.0));
            assertArrayEquals(b("\u00fc\0"), s.write(null, null, -2.0));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TByteSpec
    class TByteSpec {
        @Test
        void testValidate() {
            Spec s = new Spec.ByteSpec("byte", 0);
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, 1000));
        }

        @Test
        void testRead() throws Exception {
            Spec s = new Spec.ByteSpec("name", 0);
            Object[] r = read(s, null, null, b("abcdefg"));
            assertEquals(97, r[0]);
            assertArrayEquals(b("bcdefg"), (byte[]) r[1]);
        }

        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.ByteSpec("name", 0);
            assertArrayEquals(b("a"), s.write(null, null, 97));
            assertThrows(IllegalArgumentException.class, () -> s.write(null, null, b("abc")));
            assertThrows(IllegalArgumentException.class, () -> s.write(null, null, null));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TVolumePeakSpec
    class TVolumePeakSpec {
        @Test
        void testValidate() {
            Spec s = new Spec.VolumePeakSpec("peak", 0);
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, 2));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TStringSpec
    class TStringSpec {
        @Test
        void testValidate() {
            Spec s = new Spec.StringSpec("byte", 3, null);
            assertEquals("ABC", s.validate(null, "ABC"));
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, "abc2"));
            // mutagen's ValueError text, which mid3v2 prints (checked against the oracle by ToolsCompatTest)
            assertEquals("Invalid StringSpec[3] data: 'ab'",
                    assertThrows(IllegalArgumentException.class, () -> s.validate(null, "ab")).getMessage());
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, null));
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, b("ABC")));
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, "\u00f6\u00e4\u00fc"));
        }

        @Test
        void testRead() throws Exception {
            Spec s = new Spec.StringSpec("name", 3, null);
            Object[] r = read(s, null, null, b("abcdefg"));
            assertEquals("abc", r[0]);
            assertArrayEquals(b("defg"), (byte[]) r[1]);
            assertThrows(SpecError.class, () -> read(s, null, null, b("\u00ff")));
        }

        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.StringSpec("name", 3, null);
            assertArrayEquals(b("abc"), s.write(null, null, "abcdefg"));
            assertArrayEquals(b("\0\0\0"), s.write(null, null, "\0"));
            assertArrayEquals(b("a\0\0"), s.write(null, null, "a"));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TBinaryDataSpec
    class TBinaryDataSpec {
        @Test
        void testValidate() {
            Spec s = new Spec.BinaryDataSpec("name");
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, null));
            assertArrayEquals(b("abc"), (byte[]) s.validate(null, b("abc")));
            assertThrows(IllegalArgumentException.class, () -> s.validate(null, "abc"));
        }

        @Test
        void testRead() throws Exception {
            Spec s = new Spec.BinaryDataSpec("name");
            Object[] r = read(s, null, null, b("abcdefg"));
            assertArrayEquals(b("abcdefg"), (byte[]) r[0]);
            assertArrayEquals(b(""), (byte[]) r[1]);
        }

        @Test
        void testWrite() throws Exception {
            Spec s = new Spec.BinaryDataSpec("name");
            assertArrayEquals(b("43"), s.write(null, null, 43));
            assertArrayEquals(b("abc"), s.write(null, null, b("abc")));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TRVASpec
    class TRVASpec {
        @Test
        void testRead() throws Exception {
            Spec spec = new Spec.RVASpec("name", false);
            Object[] r = read(spec, null, null, b("\3\u0010\u00c7\u00c7\u00c7\u00c7\0\0\0\0\0\0\0\0"));
            assertArrayEquals(b(""), (byte[]) r[1]);
            assertEquals(List.of(51143L, 51143L, 0L, 0L, 0L, 0L), r[0]);
        }

        @Test
        void testReadStereoOnly() throws Exception {
            Spec spec = new Spec.RVASpec("name", true);
            Object[] r = read(spec, null, null, b("\3\u0010\u00c7\u00c7\u00c7\u00c7\0\0\0\0\0\0\0\0"));
            assertArrayEquals(b("\0\0\0\0"), (byte[]) r[1]);
            assertEquals(List.of(51143L, 51143L, 0L, 0L), r[0]);
        }

        @Test
        void testWrite() throws Exception {
            Spec spec = new Spec.RVASpec("name", false);
            assertArrayEquals(b("\3\u0010\0\0\0\1\0\2\0\3\0\4\0\5"),
                    spec.write(null, null, List.of(0, 1, 2, 3, -4, -5)));
        }

        @Test
        void testWriteStereoOnly() {
            Spec spec = new Spec.RVASpec("name", true);
            assertThrows(SpecError.class, () -> spec.write(null, null, List.of(0, 0, 0, 0, 0, 0)));
        }

        @Test
        void testValidate() {
            Spec spec = new Spec.RVASpec("name", false);
            assertThrows(IllegalArgumentException.class, () -> spec.validate(null, List.of()));
            assertEquals(List.of(1L, 2L), spec.validate(null, List.of(1, 2)));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TFrameIDSpec
    class TFrameIDSpec {
        @Test
        void testRead() throws Exception {
            Spec spec = new Spec.FrameIDSpec("name", 3);
            Object[] r = read(spec, null, null, b("FOOX"));
            assertEquals("FOO", r[0]);
            assertArrayEquals(b("X"), (byte[]) r[1]);
        }

        @Test
        void testValidate() {
            Spec spec = new Spec.FrameIDSpec("name", 3);
            assertThrows(IllegalArgumentException.class, () -> spec.validate(null, "123"));
            assertThrows(IllegalArgumentException.class, () -> spec.validate(null, "TXXX"));
            assertEquals("TXX", spec.validate(null, "TXX"));
            Spec spec4 = new Spec.FrameIDSpec("name", 4);
            assertEquals("TXXX", spec4.validate(null, "TXXX"));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TCTOCFlagsSpec
    class TCTOCFlagsSpec {
        @Test
        void testRead() throws Exception {
            Spec spec = new Spec.CTOCFlagsSpec("name", 0);
            Object[] r = read(spec, null, null, b("\3"));
            assertArrayEquals(b(""), (byte[]) r[1]);
            assertTrue(r[0] instanceof CTOCFlags);
            assertEquals(3, ((CTOCFlags) r[0]).value());
        }

        @Test
        void testWrite() throws Exception {
            Spec spec = new Spec.CTOCFlagsSpec("name", 0);
            assertArrayEquals(b("\1"), spec.write(null, null, CTOCFlags.ORDERED));
        }

        @Test
        void testValidate() {
            Spec spec = new Spec.CTOCFlagsSpec("name", 0);
            assertEquals(CTOCFlags.of(3), spec.validate(null, 3));
            assertTrue(spec.validate(null, 3) instanceof CTOCFlags);
            assertNull(spec.validate(null, null));
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TID3FramesSpec
    class TID3FramesSpec {
        @Test
        void testReadEmpty() throws Exception {
            Spec spec = new Spec.ID3FramesSpec("name");
            Object[] r = read(spec, T.H24, null, b(""));
            assertArrayEquals(b(""), (byte[]) r[1]);
            assertTrue(r[0] instanceof ID3Tags);
        }

        @Test
        void testReadTit3() throws Exception {
            Spec spec = new Spec.ID3FramesSpec("name");
            Object[] r = read(spec, T.H24, null, b("TIT3\0\0\0\3\0\0\3F\0"));
            assertTrue(r[0] instanceof ID3Tags);
            assertArrayEquals(b(""), (byte[]) r[1]);
            List<Frame> frames = ((ID3Tags) r[0]).getall("TIT3");
            assertEquals(1, frames.size());
            assertEquals(Encoding.UTF8, ((TIT3) frames.get(0)).encoding());
            assertEquals(List.of("F"), ((TIT3) frames.get(0)).text());
        }

        @Test
        void testWriteEmpty() throws Exception {
            Spec spec = new Spec.ID3FramesSpec("name");
            assertArrayEquals(b(""), spec.write(ID3SaveConfig.V24, null, new ID3Tags()));
        }

        @Test
        void testWriteTit3() throws Exception {
            Spec spec = new Spec.ID3FramesSpec("name");
            ID3Tags tags = new ID3Tags();
            tags.add(new TIT3(Encoding.UTF8, "F", "B"));
            assertArrayEquals(b("TIT3\0\0\0\5\0\0\3F\0B\0"), spec.write(ID3SaveConfig.V24, null, tags));
        }

        @Test
        void testWriteTit3V23() throws Exception {
            Spec spec = new Spec.ID3FramesSpec("name");
            ID3Tags tags = new ID3Tags();
            tags.add(new TIT3(Encoding.UTF8, "F", "B"));
            assertArrayEquals(b("TIT3\0\0\0\u000b\0\0\1\u00ff\u00feF\0/\0B\0\0\0"),
                    spec.write(new ID3SaveConfig(3, "/"), null, tags));
        }

        @Test
        void testValidate() {
            Spec spec = new Spec.ID3FramesSpec("name");
            assertThrows(IllegalArgumentException.class, () -> spec.validate(null, null));
            assertTrue(spec.validate(null, new ArrayList<>()) instanceof ID3Tags);
            ID3Tags v = (ID3Tags) spec.validate(null, List.of(new TIT3(Encoding.UTF8, "foo")));
            assertEquals(List.of("foo"), ((TIT3) v.getall("TIT3").get(0)).text());
        }
    }

    @Nested
    // Port of tests/test__id3specs.py::TLatin1TextListSpec
    class TLatin1TextListSpec {
        @Test
        void testRead() throws Exception {
            Spec spec = new Spec.Latin1TextListSpec("name");
            Object[] r = read(spec, null, null, b("\0xxx"));
            assertEquals(List.of(), r[0]);
            assertArrayEquals(b("xxx"), (byte[]) r[1]);
            r = read(spec, null, null, b("\1foo\0"));
            assertEquals(List.of("foo"), r[0]);
            assertArrayEquals(b(""), (byte[]) r[1]);
            assertEquals(List.of(""), read(spec, null, null, b("\1\0"))[0]);
            assertEquals(List.of("f", "o"), read(spec, null, null, b("\2f\0o\0"))[0]);
        }

        @Test
        void testWrite() throws Exception {
            Spec spec = new Spec.Latin1TextListSpec("name");
            assertArrayEquals(b("\0"), spec.write(null, null, List.of()));
            assertArrayEquals(b("\1\0"), spec.write(null, null, List.of("")));
        }

        @Test
        void testValidate() {
            Spec spec = new Spec.Latin1TextListSpec("name");
            assertThrows(IllegalArgumentException.class, () -> spec.validate(null, new Object()));
            assertThrows(IllegalArgumentException.class, () -> spec.validate(null, null));
            assertEquals(List.of("foo"), spec.validate(null, List.of("foo")));
            assertEquals(List.of(), spec.validate(null, List.of()));
        }
    }
}
