// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

// Port of tests/test_tools_util.py::Tsplit_escape
class ToolUtilTest {

    // Port of tests/test_tools_util.py::Tsplit_escape.test_split_escape
    @Test
    void testSplitEscape() {
        assertEquals(List.of(""), ToolUtil.splitEscape("", ':', -1));
        assertEquals(List.of("", ""), ToolUtil.splitEscape(":", ':', -1));
        assertEquals(List.of(":"), ToolUtil.splitEscape(":", ':', 0));
        assertEquals(List.of(":b:c:"), ToolUtil.splitEscape(":b:c:", ':', 0));
        assertEquals(List.of("", "b:c:"), ToolUtil.splitEscape(":b:c:", ':', 1));
        assertEquals(List.of("", "b", "c:"), ToolUtil.splitEscape(":b:c:", ':', 2));
        assertEquals(List.of("", "b", "c", ""), ToolUtil.splitEscape(":b:c:", ':', 3));
        assertEquals(List.of("a:b", "c"), ToolUtil.splitEscape("a\\:b:c", ':', -1));
        assertEquals(List.of("a\\", "b", "c"), ToolUtil.splitEscape("a\\\\:b:c", ':', -1));
        assertEquals(List.of("a\\:b", "c:"), ToolUtil.splitEscape("a\\\\\\:b:c\\:", ':', -1));
        assertEquals(List.of(""), ToolUtil.splitEscape("\\", ':', -1));
        assertEquals(List.of("\\"), ToolUtil.splitEscape("\\\\", ':', -1));
        assertEquals(List.of("\\a\\b"), ToolUtil.splitEscape("\\\\a\\b", ':', -1));
    }

    // Port of tests/test_tools_util.py::Tsplit_escape.test_types
    // (Java has one string type: the str cases; the bytes cases are covered by escapeDecode below)
    @Test
    void testTypes() {
        assertEquals(List.of("a", "b"), ToolUtil.splitEscape("a:b", ':', -1));
        assertEquals(List.of(""), ToolUtil.splitEscape("", ':', -1));
        assertEquals(List.of("", ""), ToolUtil.splitEscape(":", ':', -1));
    }

    @Test
    void plainSplitIsPythonsStrSplit() {
        assertEquals(List.of("a", "b:c"), ToolUtil.split("a:b:c", ':', 1));
        assertEquals(List.of("a\\", "b"), ToolUtil.split("a\\:b", ':', -1));
        assertEquals(List.of(""), ToolUtil.split("", ':', -1));
    }

    @Test
    void escapeDecodeIsPythonsBytesEscapes() {
        assertArrayEquals("a\nb\tA\u0001\\\\q'\"".getBytes(StandardCharsets.ISO_8859_1),
                ToolUtil.escapeDecode("a\\nb\\t\\x41\\1\\\\\\q\\'\\\"".getBytes(StandardCharsets.ISO_8859_1)));
        assertArrayEquals(new byte[] {(byte) 0xff, 'S'}, ToolUtil.escapeDecode("\\xff\\123".getBytes()));
        assertEquals("invalid \\x escape at position 1",
                assertThrows(IllegalArgumentException.class, () -> ToolUtil.escapeDecode("a\\xz".getBytes()))
                        .getMessage());
        assertEquals("Trailing \\ in string",
                assertThrows(IllegalArgumentException.class, () -> ToolUtil.escapeDecode("\\".getBytes()))
                        .getMessage());
    }

    @Test
    void pyIntAcceptsWhatPythonsIntAccepts() {
        assertEquals(BigInteger.valueOf(-12), ToolUtil.pyInt(" -1_2\n"));
        assertEquals(BigInteger.valueOf(7), ToolUtil.pyInt("+007"));
        assertEquals("invalid literal for int() with base 10: '1__2'",
                assertThrows(NumberFormatException.class, () -> ToolUtil.pyInt("1__2")).getMessage());
        assertThrows(NumberFormatException.class, () -> ToolUtil.pyInt(""));
    }

    @Test
    void mimeTypesGuessLikePython() {
        assertEquals("image/png", MimeTypes.guess("a/b.PNG"));
        assertEquals("image/jpeg", MimeTypes.guess("x.jpg"));
        assertEquals(null, MimeTypes.guess(".png"));
        assertEquals(null, MimeTypes.guess("noext"));
        assertEquals("application/x-tar", MimeTypes.guess("x.tgz"));
    }

    @Test
    void optparseWrapsAsTextwrap() {
        assertEquals(List.of("Mutagen-", "based", "replacement", "the", "id3iconv-", "like xx-yy"),
                OptParser.wrap("Mutagen-based replacement the id3iconv-like xx-yy", 11));
        assertEquals(List.of("abcdefghijk", "lmnop"), OptParser.wrap("abcdefghijklmnop", 11));
    }
}
