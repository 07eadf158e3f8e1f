// SPDX-License-Identifier: GPL-2.0-or-later
// Port of tests/test__vorbis.py::TVComment
package mutagen.vorbis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VCommentTest {
    private VComment c;

    static byte[] b(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @BeforeEach
    void setUp() {
        c = new VComment();
        c.append("artist", "piman");
        c.append("artist", "mu");
        c.append("title", "more fakes");
    }

    @Test
    void testEqual() {
        assertEquals(c, c);
    }

    @Test
    void testNotHeader() {
        assertThrows(VorbisError.class, () -> new VComment(b("foo")));
    }

    @Test
    void testUnsetFramingBit() {
        assertThrows(VorbisError.class, () -> new VComment(b("\0\0\0\0\0\0\0\0\0")));
        assertThrows(VorbisUnsetFrameError.class, () -> new VComment(b("\0\0\0\0\0\0\0\0\0")));
    }

    @Test
    void testEmptyValid() throws VorbisError {
        assertTrue(new VComment(b("\0\0\0\0\0\0\0\0\u0001")).isEmpty());
    }

    @Test
    void testValidate() {
        assertTrue(c.validate());
    }

    @Test
    void testValidateBrokenKey() {
        c.append("ti=tle", "valid");
        assertThrows(IllegalArgumentException.class, c::validate);
        assertThrows(IllegalArgumentException.class, c::write);
    }

    @Test
    void testValidateBrokenValue() {
        c.append("valid", null);
        assertThrows(IllegalArgumentException.class, c::validate);
        assertThrows(IllegalArgumentException.class, c::write);
    }

    @Test
    void testVendorDefault() {
        assertTrue(c.vendor().startsWith("Mutagen"));
        assertEquals("Mutagen 1.48.1", c.vendor());
    }

    @Test
    void testVendorSet() {
        c.vendor("Not Mutagen");
        byte[] w = c.write();
        assertArrayEquals(b("Not Mutagen"), Arrays.copyOfRange(w, 4, 15));
    }

    @Test
    void testVendorInvalid() {
        c.vendor(null);
        assertThrows(IllegalArgumentException.class, c::validate);
        assertThrows(IllegalArgumentException.class, c::write);
    }

    @Test
    void testValidateUtf8Value() {
        // Python rejects a bytes value; a Java String cannot hold bytes, but a lone surrogate cannot be encoded.
        c.append("valid", "\ud800");
        assertTrue(c.validate());
        assertThrows(IllegalArgumentException.class, c::write);
    }

    @Test
    void testInvalidFormatStrict() {
        byte[] data = b("\u0007\0\0\0Mutagen\u0001\0\0\0\u0003\0\0\0abc\u0001");
        assertThrows(VorbisError.class, () -> new VComment(data, VComment.Errors.STRICT, true));
    }

    @Test
    void testInvalidFormatReplace() throws VorbisError {
        byte[] data = b("\u0007\0\0\0Mutagen\u0001\0\0\0\u0003\0\0\0abc\u0001");
        VComment comment = new VComment(data);
        assertEquals("abc", comment.get(0).getValue());
        assertEquals("unknown0", comment.get(0).getKey());
    }

    @Test
    void testInvalidFormatIgnore() throws VorbisError {
        byte[] data = b("\u0007\0\0\0Mutagen\u0001\0\0\0\u0003\0\0\0abc\u0001");
        VComment comment = new VComment(data, VComment.Errors.IGNORE, true);
        assertEquals(0, comment.size());
    }

    @Test
    void testInvalidTagStrict() {
        byte[] data = b("\u0007\0\0\0Mutagen\u0001\0\0\0\u0004\0\0\0\u00c2\u00aa=c\u0001");
        VorbisError e = assertThrows(VorbisEncodingError.class,
                () -> new VComment(data, VComment.Errors.STRICT, true));
        assertEquals("invalid tag name '\u00aa'", e.getMessage());
    }

    @Test
    void testInvalidTagReplace() throws VorbisError {
        byte[] data = b("\u0007\0\0\0Mutagen\u0001\0\0\0\u0004\0\0\0\u00c2\u00aa=c\u0001");
        VComment comment = new VComment(data);
        assertEquals("?=c", comment.pprint());
    }

    @Test
    void testInvalidTagIgnore() throws VorbisError {
        byte[] data = b("\u0007\0\0\0Mutagen\u0001\0\0\0\u0004\0\0\0\u00c2\u00aa=c\u0001");
        VComment comment = new VComment(data, VComment.Errors.IGNORE, true);
        assertEquals(0, comment.size());
    }

    @Test
    void testRoundtrip() throws VorbisError {
        VComment back = new VComment(c.write());
        assertEquals(c, back);
        assertEquals(back, c);
        assertEquals(c.hashCode(), back.hashCode());
    }

    // Beyond the Python suite: values checked against mutagen 1.48.1 by hand.

    @Test
    void invalidUtf8Value() throws VorbisError {
        byte[] data = b("\u0001\0\0\0\u00ff\u0002\0\0\0\u0005\0\0\0a=b\u00ffc\u0005\0\0\0\u00ff=xyz\u0001");
        VComment replace = new VComment(data);
        assertEquals("\ufffd", replace.vendor());
        assertEquals(List.of(Map.entry("a", "b\ufffdc"), Map.entry("?", "xyz")), replace.entries());
        VComment ignore = new VComment(data, VComment.Errors.IGNORE, true);
        assertEquals("", ignore.vendor());
        // the key is empty after dropping the bad byte, so the entry is dropped
        assertEquals(List.of(Map.entry("a", "bc")), ignore.entries());
        VorbisError e = assertThrows(VorbisEncodingError.class,
                () -> new VComment(data, VComment.Errors.STRICT, true));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", e.getMessage());
    }

    @Test
    void invalidKeysFromDataAreDropped() throws VorbisError {
        // "~a=1" (0x7E is not allowed) and "=2" (empty key) are dropped silently; "B=3" is kept in its case.
        byte[] data = b("\0\0\0\0\u0003\0\0\0\u0004\0\0\0~a=1\u0002\0\0\0=2\u0003\0\0\0B=3");
        VComment comment = new VComment(data, VComment.Errors.REPLACE, false);
        assertEquals(List.of(Map.entry("B", "3")), comment.entries());
        assertEquals(data.length, comment.loadedSize());
    }

    @Test
    void truncatedFields() {
        // vendor length too short, count missing, comment length missing: all "not a valid Vorbis comment"
        for (String s : List.of("", "\u0002\0", "\u0002\0\0\0ab", "\0\0\0\0\u0001\0\0\0\u0003\0")) {
            VorbisError e = assertThrows(VorbisError.class, () -> new VComment(b(s), VComment.Errors.REPLACE,
                    false));
            assertEquals("file is not a valid Vorbis comment", e.getMessage());
        }
    }

    @Test
    void shortStringsAreAccepted() throws VorbisError {
        // mutagen reads what is there when a string is shorter than its length field
        VComment comment = new VComment(b("\u0002\0\0\0ab\u0001\0\0\0\u0009\0\0\0k=v"), VComment.Errors.REPLACE,
                false);
        assertEquals("ab", comment.vendor());
        assertEquals(List.of(Map.entry("k", "v")), comment.entries());
    }

    @Test
    void writeLayout() {
        VComment v = new VComment();
        v.vendor("v");
        v.append("A", "\u00e9");
        assertArrayEquals(b("\u0001\0\0\0v\u0001\0\0\0\u0004\0\0\0A=\u00c3\u00a9\u0001"), v.write());
        assertArrayEquals(b("\u0001\0\0\0v\u0001\0\0\0\u0004\0\0\0A=\u00c3\u00a9"), v.write(false));
    }

    @Test
    void pprintAndRepr() {
        assertEquals("artist=piman\nartist=mu\ntitle=more fakes", c.pprint());
        assertEquals("[('artist', 'piman'), ('artist', 'mu'), ('title', 'more fakes')]", c.toString());
    }

    @Test
    void hugeLengthDoesNotAllocate() throws VorbisError {
        // a comment claiming 4 GiB is read as the few bytes present
        VComment comment = new VComment(b("\0\0\0\0\u0001\0\0\0\u00ff\u00ff\u00ff\u00ffk=v"), VComment.Errors.REPLACE,
                false);
        assertEquals(List.of(Map.entry("k", "v")), comment.entries());
    }
    /** One comment holding {@code comment} (hex), vendor empty, framing bit set. */
    private static byte[] oneComment(String hex) {
        byte[] c = java.util.HexFormat.of().parseHex(hex);
        byte[] data = new byte[13 + c.length];
        data[4] = 1;
        data[8] = (byte) c.length;
        System.arraycopy(c, 0, data, 12, c.length);
        data[12 + c.length] = 1;
        return data;
    }

    @Test
    void entriesDecodeAsTheWholeStringWould() throws VorbisError {
        // Key and value are decoded apart (split at the '=' byte); results and strict positions must be those of
        // decoding the whole "key=value" string first. Expected values printed by mutagen 1.48.1.
        String[][] cases = {
                // hex, replace, ignore, strict message
                {"c3a93d61ff62", "[('?', 'a\ufffdb')]", "[]",
                        "'utf-8' codec can't decode byte 0xff in position 4: invalid start byte"},
                {"6be23d76", "[('k?', 'v')]", "[('k', 'v')]",
                        "'utf-8' codec can't decode byte 0xe2 in position 1: invalid continuation byte"},
                {"6b3de2", "[('k', '\ufffd')]", "[('k', '')]",
                        "'utf-8' codec can't decode byte 0xe2 in position 2: unexpected end of data"},
                {"c3a96b3d76c3", "[('?k', 'v\ufffd')]", "[('k', 'v')]",
                        "'utf-8' codec can't decode byte 0xc3 in position 5: unexpected end of data"},
                {"6162e282", "[('unknown0', 'ab\ufffd')]", "[]",
                        "'utf-8' codec can't decode bytes in position 2-3: unexpected end of data"},
                {"3dff", "[]", "[]", "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
        };
        for (String[] c : cases) {
            byte[] data = oneComment(c[0]);
            assertEquals(c[1], new VComment(data).toString(), c[0]);
            assertEquals(c[2], new VComment(data, VComment.Errors.IGNORE, true).toString(), c[0]);
            VorbisError e = assertThrows(VorbisEncodingError.class,
                    () -> new VComment(data, VComment.Errors.STRICT, true), c[0]);
            assertEquals(c[3], e.getMessage(), c[0]);
        }
    }

    /** Python's UnicodeDecodeError texts under errors='strict', taken from mutagen 1.48.1. */
    static final String[][] STRICT_MESSAGES = {
            {"ff", "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
            {"61ff62", "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"},
            {"e282", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
            {"e28261", "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
            {"c0af", "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
            {"eda080", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
            {"f4908080", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
            {"f0", "'utf-8' codec can't decode byte 0xf0 in position 0: unexpected end of data"},
            {"e2", "'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data"},
            {"c3", "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"},
            {"80", "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"},
            {"61e28262", "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte"},
            {"f09f", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
            {"f09f8e", "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
            {"e080", "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"},
            {"f4908080", "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte"},
            {"f08f", "'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte"},
            {"eda0", "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
            {"c2", "'utf-8' codec can't decode byte 0xc2 in position 0: unexpected end of data"},
            {"61c262", "'utf-8' codec can't decode byte 0xc2 in position 1: invalid continuation byte"},
            {"ed9f", "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
    };

    @org.junit.jupiter.api.Test
    void strictDecodeMessagesMatchPython() {
        for (String[] c : STRICT_MESSAGES) {
            byte[] v = java.util.HexFormat.of().parseHex(c[0]);
            byte[] data = new byte[9 + v.length];
            data[0] = (byte) v.length;
            System.arraycopy(v, 0, data, 4, v.length);
            data[8 + v.length] = 1;
            VorbisError e = assertThrows(VorbisEncodingError.class,
                    () -> new VComment(data, VComment.Errors.STRICT, true), c[0]);
            assertEquals(c[1], e.getMessage(), c[0]);
        }
    }
}
