// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text decoding with Python's semantics; the expected strings were produced by Python 3's codecs. */
class TextTest {
    // bytes.decode('utf-8', 'replace')
    private static final Object[][] UTF8_REPLACE = {
            {new byte[] {(byte) 0x61, (byte) 0xff, (byte) 0x62}, "a\ufffdb"},
            {new byte[] {(byte) 0xe4, (byte) 0xb8}, "\ufffd"},
            {new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98}, "\ufffd"},
            {new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, "\ufffd\ufffd\ufffd"},
            {new byte[] {(byte) 0xc0, (byte) 0x80}, "\ufffd\ufffd"},
            {new byte[] {(byte) 0xe2, (byte) 0x28, (byte) 0xa1}, "\ufffd(\ufffd"},
            {new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, "\ufffd\ufffd\ufffd\ufffd"},
            {new byte[] {(byte) 0x6f, (byte) 0x6b, (byte) 0xc3, (byte) 0xa4}, "ok\u00e4"},
            {new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0x80}, "\ufffd\ufffd\ufffd"},
            {new byte[] {(byte) 0xe0, (byte) 0xa0}, "\ufffd"},
            {new byte[] {(byte) 0xf0, (byte) 0x80}, "\ufffd\ufffd"},
            {new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, "\ufffd\ufffd\ufffd\ufffd\ufffd"},
            {new byte[] {(byte) 0xc2}, "\ufffd"},
            {new byte[] {(byte) 0xc2, (byte) 0x41}, "\ufffdA"},
            {new byte[] {(byte) 0xf1, (byte) 0x80, (byte) 0x80}, "\ufffd"},
            {new byte[] {(byte) 0xf1, (byte) 0x80, (byte) 0x80, (byte) 0x41}, "\ufffdA"},
            {new byte[] {(byte) 0x80, (byte) 0x80}, "\ufffd\ufffd"},
            {new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}, "\ud83d\ude00"},
            {new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbf}, "\uffff"},
    };

    // bytes.decode('utf-16', 'replace')
    private static final Object[][] UTF16_REPLACE = {
            {new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x61}, "\ufffd"},
            {new byte[] {(byte) 0x61}, "\ufffd"},
            {new byte[] {(byte) 0x00, (byte) 0xd8, (byte) 0x41, (byte) 0x00}, "\ufffdA"},
            {new byte[] {(byte) 0x00, (byte) 0xdc, (byte) 0x41, (byte) 0x00}, "\ufffdA"},
            {new byte[] {(byte) 0xfe, (byte) 0xff, (byte) 0x00, (byte) 0x41, (byte) 0x00}, "A\ufffd"},
            {new byte[] {(byte) 0xfe, (byte) 0xff, (byte) 0xd8, (byte) 0x00}, "\ufffd"},
            {new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x3d, (byte) 0xd8, (byte) 0x00, (byte) 0xde}, "\ud83d\ude00"},
            {new byte[] {(byte) 0x41, (byte) 0x00, (byte) 0x00, (byte) 0xd8}, "A\ufffd"},
            {new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x00, (byte) 0xd8, (byte) 0x41}, "\ufffd"},
            {new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x00, (byte) 0xd8, (byte) 0x00, (byte) 0xd8, (byte) 0x00, (byte) 0xdc}, "\ufffd\ud800\udc00"},
            {new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x00, (byte) 0xdc, (byte) 0x00, (byte) 0xdc}, "\ufffd\ufffd"},
            {new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x00, (byte) 0xd8, (byte) 0x00}, "\ufffd"},
            {new byte[] {(byte) 0xfe, (byte) 0xff, (byte) 0x00}, "\ufffd"},
    };

    @Test
    void testUtf8ReplaceLikePython() throws CharacterCodingException {
        for (Object[] c : UTF8_REPLACE) {
            byte[] data = (byte[]) c[0];
            assertEquals(c[1], Text.decode(data, StandardCharsets.UTF_8, false));
        }
    }

    @Test
    void testUtf8StrictRejects() throws CharacterCodingException {
        for (Object[] c : UTF8_REPLACE) {
            byte[] data = (byte[]) c[0];
            if (((String) c[1]).indexOf('\ufffd') >= 0) {
                assertThrows(CharacterCodingException.class, () -> Text.utf8(data, 0, data.length));
            } else {
                assertEquals(c[1], Text.utf8(data, 0, data.length));
            }
        }
    }

    @Test
    void testUtf16ReplaceLikePython() throws CharacterCodingException {
        for (Object[] c : UTF16_REPLACE) {
            byte[] data = (byte[]) c[0];
            assertEquals(c[1], Text.utf16(data, 0, data.length, false));
            // StandardCharsets.UTF_16 means Python's 'utf-16' too (Java's own default is big-endian).
            assertEquals(c[1], Text.decode(data, StandardCharsets.UTF_16, false));
        }
    }

    @Test
    void testUtf16StrictRejects() {
        for (Object[] c : UTF16_REPLACE) {
            byte[] data = (byte[]) c[0];
            if (((String) c[1]).indexOf('\ufffd') >= 0) {
                assertThrows(CharacterCodingException.class, () -> Text.utf16(data, 0, data.length, true));
            }
        }
    }

    @Test
    void testUtf16Bom() throws CharacterCodingException {
        byte[] le = {(byte) 0xFF, (byte) 0xFE, 'a', 0, (byte) 0xE4, 0};
        byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0, (byte) 0xE4};
        byte[] noBom = {'a', 0, (byte) 0xE4, 0};
        assertEquals("a\u00e4", Text.utf16(le, 0, le.length, true));
        assertEquals("a\u00e4", Text.utf16(be, 0, be.length, true));
        assertEquals("a\u00e4", Text.utf16(noBom, 0, noBom.length, true));
        assertEquals("", Text.utf16(le, 0, 2, true));
        assertEquals("", Text.utf16(le, 0, 0, true));
        // Only the first BOM is dropped; a second one is a ZERO WIDTH NO-BREAK SPACE, as in Python.
        byte[] twice = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, 'a', 0};
        assertEquals("\ufeffa", Text.utf16(twice, 0, twice.length, true));
        // An offset into a larger array.
        byte[] framed = {9, 9, (byte) 0xFE, (byte) 0xFF, 0, 'z', 9};
        assertEquals("z", Text.utf16(framed, 2, 4, true));
    }

    @Test
    void testUtf16WithBom() {
        // Port of tests/test__util.py::Tencode_endian.test_utf_16
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xE4, 0}, Text.utf16WithBom("\u00e4", true));
        assertArrayEquals(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE4}, Text.utf16WithBom("\u00e4", false));
    }

    @Test
    void testEncodeStrict() throws CharacterCodingException {
        // Port of tests/test__util.py::Tencode_endian.test_other
        assertArrayEquals(new byte[] {(byte) 0xE4}, Text.encode("\u00e4", StandardCharsets.ISO_8859_1));
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA4}, Text.encode("\u00e4", StandardCharsets.UTF_8));
        assertThrows(CharacterCodingException.class, () -> Text.encode("\u2714", StandardCharsets.ISO_8859_1));
        assertThrows(CharacterCodingException.class, () -> Text.encode("\ud800", StandardCharsets.UTF_8));
    }

    @Test
    void testLatin1NeverFails() throws CharacterCodingException {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String s = Text.latin1(all, 0, 256);
        assertEquals(256, s.length());
        assertEquals('\u00ff', s.charAt(255));
        assertEquals(s, Text.decode(all, StandardCharsets.ISO_8859_1, true));
        assertEquals("\u0080", Text.latin1(all, 128, 1));
    }

    @Test
    void testFindTerminator() {
        byte[] latin = {'a', 'b', 0, 'c', 0};
        assertEquals(2, Text.findTerminator(latin, 0, latin.length, 1));
        assertEquals(4, Text.findTerminator(latin, 3, latin.length, 1));
        assertEquals(-1, Text.findTerminator(latin, 0, 2, 1));
        assertEquals(-1, Text.findTerminator(latin, 3, 3, 1));
        // UTF-16: the terminator is two zero bytes on a code unit boundary ('a\u0100' has a zero byte inside).
        byte[] wide = {'a', 0, 0, 1, 0, 0, 'b', 0};
        assertEquals(4, Text.findTerminator(wide, 0, wide.length, 2));
        // Misaligned zero pairs do not count.
        byte[] odd = {'a', 0, 0, 'b', 'c', 0};
        assertEquals(-1, Text.findTerminator(odd, 0, odd.length, 2));
        // A trailing half unit does not count either.
        byte[] half = {'a', 0, 0};
        assertEquals(-1, Text.findTerminator(half, 0, half.length, 2));
        assertEquals(2, Text.findTerminator(new byte[] {9, 'a', 0, 0}, 0, 4, 2));
        assertEquals(-1, Text.findTerminator(new byte[] {9, 'a', 0, 0}, 1, 4, 2));
    }

    // Port of tests/test__util.py::Tdecode_terminated.test_all
    @Test
    void testDecodeTerminatedAll() throws java.io.IOException {
        String[] values = {"", "", "\u00e4", "abc", "", ""};
        java.nio.charset.Charset[] codecs = {StandardCharsets.UTF_8, StandardCharsets.UTF_16,
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16BE};
        for (java.nio.charset.Charset codec : codecs) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (String v : values) {
                byte[] encoded = codec == StandardCharsets.UTF_16 ? Text.utf16WithBom(v, true) : v.getBytes(codec);
                out.writeBytes(encoded);
                out.writeBytes(new byte[codec == StandardCharsets.UTF_8 || codec == StandardCharsets.ISO_8859_1
                        ? 1 : 2]);
            }
            byte[] data = out.toByteArray();
            int pos = 0;
            for (String v : values) {
                Text.Terminated t = Text.decodeTerminated(data, pos, data.length, codec, true);
                assertEquals(v, t.text(), codec.name());
                pos = t.end();
            }
            assertEquals(data.length, pos, codec.name());
        }
    }

    // Port of tests/test__util.py::Tdecode_terminated.test_invalid
    @Test
    void testDecodeTerminatedInvalid() {
        // invalid
        assertThrows(CharacterCodingException.class,
                () -> Text.decodeTerminated(new byte[] {(byte) 0xFF}, 0, 1, StandardCharsets.UTF_8, true));
        // truncated
        byte[] truncated = {(byte) 0xFF, (byte) 0xFE, 0};
        assertThrows(CharacterCodingException.class,
                () -> Text.decodeTerminated(truncated, 0, 3, StandardCharsets.UTF_16, true));
        // not null terminated
        assertThrows(Text.MissingTerminatorException.class,
                () -> Text.decodeTerminated(new byte[] {'a', 'b', 'c'}, 0, 3, StandardCharsets.UTF_8, true));
        byte[] noNul = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        assertThrows(Text.MissingTerminatorException.class,
                () -> Text.decodeTerminated(noNul, 0, 4, StandardCharsets.UTF_16, true));
        // a charset mutagen has no rule for
        assertThrows(IllegalArgumentException.class,
                () -> Text.decodeTerminated(new byte[1], 0, 1, java.nio.charset.Charset.forName("UTF-32"), true));
    }

    // Port of tests/test__util.py::Tdecode_terminated.test_lax
    @Test
    void testDecodeTerminatedLax() throws java.io.IOException {
        // missing termination
        Text.Terminated t = Text.decodeTerminated(new byte[] {'a', 'b', 'c'}, 0, 3, StandardCharsets.UTF_8, false);
        assertEquals("abc", t.text());
        assertEquals(3, t.end());
        // missing termination and truncated data
        byte[] truncated = {(byte) 0xC3, (byte) 0xA4, (byte) 0xC3};
        assertThrows(CharacterCodingException.class,
                () -> Text.decodeTerminated(truncated, 0, 3, StandardCharsets.UTF_8, false));
    }

    @Test
    void testDecodeTerminatedAlignment() throws java.io.IOException {
        // 'a' U+0100 NUL in UTF-16-LE: the zero byte inside U+0100 is not a terminator.
        byte[] data = {'a', 0, 0, 1, 0, 0, 'z'};
        Text.Terminated t = Text.decodeTerminated(data, 0, data.length, StandardCharsets.UTF_16LE, true);
        assertEquals("a\u0100", t.text());
        assertEquals(6, t.end());
        // With a big-endian BOM the search starts after it.
        byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'x', 0, 0};
        Text.Terminated b = Text.decodeTerminated(be, 0, be.length, StandardCharsets.UTF_16, true);
        assertEquals("x", b.text());
        assertEquals(6, b.end());
        assertThrows(IllegalArgumentException.class,
                () -> Text.decodeTerminated(data, 5, 4, StandardCharsets.UTF_8, true));
    }

    @Test
    void testEncodeErrorTextIsPythons() {
        // Expected texts from CPython 3.11: str(UnicodeEncodeError) of text.encode(codec).
        assertEquals("'latin-1' codec can't encode character '\\u6f22' in position 1: ordinal not in range(256)",
                Text.encodeErrorText("latin-1", "\u00fc\u6f22"));
        assertEquals("'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256)",
                Text.encodeErrorText("latin-1", "a\u6f22\u6f22b"));
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                Text.encodeErrorText("ascii", "\u00e9"));
        assertEquals("'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed",
                Text.encodeErrorText("utf-8", "a\ud800"));
        assertEquals("'utf-8' codec can't encode characters in position 1-2: surrogates not allowed",
                Text.encodeErrorText("utf-8", "a\udc00\udc01b"));
        assertEquals("'utf-16-le' codec can't encode character '\\udc00' in position 0: surrogates not allowed",
                Text.encodeErrorText("utf-16-le", "\udc00\udc01x"));
        assertEquals("'latin-1' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(256)",
                Text.encodeErrorText("latin-1", "\ud83d\ude00"));
        assertEquals(null, Text.encodeErrorText("utf-8", "\ud83d\ude00 fine"));
    }

    /** What the JDK's strict decoder gives, or the exception's class name. */
    private static String jdkStrict(byte[] data, java.nio.charset.Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return "error";
        }
    }

    @Test
    void strictFastPathsAgreeWithTheJdkDecoder() {
        // Random bytes drawn from values that make valid and broken UTF-8 and UTF-16 (surrogate halves, lead and
        // continuation bytes, ASCII, U+FFFD's own bytes): decode(strict) must answer as the JDK's strict decoder.
        int[] pool = {0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xFF, 0xFE, 0xFD, 0xD8,
                0xDC, 0xDF, 0xA0, 0x82, 0xAC, 0xBD, 0x9F};
        java.util.Random random = new java.util.Random(20261124);
        java.nio.charset.Charset[] charsets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE};
        int valid = 0;
        for (int round = 0; round < 20000; round++) {
            byte[] data = new byte[random.nextInt(9)];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) pool[random.nextInt(pool.length)];
            }
            for (java.nio.charset.Charset cs : charsets) {
                String expected = jdkStrict(data, cs);
                String actual;
                try {
                    actual = Text.decode(data, 0, data.length, cs, true);
                    valid++;
                } catch (CharacterCodingException e) {
                    actual = "error";
                }
                assertEquals(expected, actual, cs + " " + java.util.HexFormat.of().formatHex(data));
            }
        }
        // Not vacuous: many inputs are valid (and take the fast paths), many are not.
        org.junit.jupiter.api.Assertions.assertTrue(valid > 10000 && valid < 50000, "valid: " + valid);
    }

    @Test
    void testOneBadByteAtEveryPositionOfAsciiTextIsReplacedWhereItIs() throws Exception {
        // ASCII text with one stray continuation byte at each position, offsets and lengths around word boundaries:
        // the byte becomes one U+FFFD (dropped with 'ignore'), everything else is kept; valid text decodes as is.
        byte[] data = new byte[64];
        java.util.Arrays.fill(data, (byte) 'a');
        for (int bad = -1; bad < data.length; bad++) {
            byte[] d = data.clone();
            if (bad >= 0) {
                d[bad] = (byte) (0x80 | bad);
            }
            for (int off = 0; off < 12; off++) {
                for (int len = 0; off + len <= d.length; len++) {
                    StringBuilder replaced = new StringBuilder();
                    StringBuilder ignored = new StringBuilder();
                    for (int i = off; i < off + len; i++) {
                        replaced.append(i == bad ? '\ufffd' : 'a');
                        ignored.append(i == bad ? "" : "a");
                    }
                    String where = bad + " " + off + " " + len;
                    assertEquals(replaced.toString(),
                            Text.decode(d, off, len, StandardCharsets.UTF_8, java.nio.charset.CodingErrorAction.REPLACE), where);
                    assertEquals(ignored.toString(),
                            Text.decode(d, off, len, StandardCharsets.UTF_8, java.nio.charset.CodingErrorAction.IGNORE), where);
                    boolean valid = bad < off || bad >= off + len;
                    if (valid) {
                        assertEquals(replaced.toString(), Text.utf8(d, off, len), where);
                    } else {
                        int from = off;
                        int n = len;
                        assertThrows(CharacterCodingException.class, () -> Text.utf8(d, from, n), where);
                    }
                }
            }
        }
    }
}
