// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Text.decode with 'replace'/'ignore' and utf8ErrorText cut bad UTF-8 exactly as CPython 3 does. */
class TextPythonUtf8Test {
    /** hex input, code points with errors='replace', code points with errors='ignore' (from CPython). */
    static final String[][] CASES = {
            {"ff", "fffd", ""},
            {"61ff62", "61,fffd,62", "61,62"},
            {"e282", "fffd", ""},
            {"e28261", "fffd,61", "61"},
            {"c0af", "fffd,fffd", ""},
            {"eda080", "fffd,fffd,fffd", ""},
            {"f4908080", "fffd,fffd,fffd,fffd", ""},
            {"f0", "fffd", ""},
            {"e2", "fffd", ""},
            {"c3", "fffd", ""},
            {"80", "fffd", ""},
            {"61e28262", "61,fffd,62", "61,62"},
            {"f09f", "fffd", ""},
            {"f09f8e", "fffd", ""},
            {"e080", "fffd,fffd", ""},
            {"f08f", "fffd,fffd", ""},
            {"eda0", "fffd,fffd", ""},
            {"c2", "fffd", ""},
            {"61c262", "61,fffd,62", "61,62"},
            {"ed9f", "fffd", ""},
            {"f8888080", "fffd,fffd,fffd,fffd", ""},
            {"fc84808080", "fffd,fffd,fffd,fffd,fffd", ""},
            {"c1bf", "fffd,fffd", ""},
            {"e0808f", "fffd,fffd,fffd", ""},
            {"edbfbf", "fffd,fffd,fffd", ""},
            {"f09f8e41", "fffd,41", "41"},
            {"80808080", "fffd,fffd,fffd,fffd", ""},
            {"e2e282ac", "fffd,20ac", "20ac"},
            {"c3a9ff", "e9,fffd", "e9"},
    };

    private static String codePoints(String s) {
        return s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(","));
    }

    @Test
    void replaceAndIgnoreLikePython() throws CharacterCodingException {
        for (String[] c : CASES) {
            byte[] b = HexFormat.of().parseHex(c[0]);
            assertEquals(c[1], codePoints(Text.decode(b, 0, b.length, StandardCharsets.UTF_8,
                    CodingErrorAction.REPLACE)), c[0]);
            assertEquals(c[2], codePoints(Text.decode(b, 0, b.length, StandardCharsets.UTF_8,
                    CodingErrorAction.IGNORE)), c[0]);
        }
    }

    @Test
    void errorText() {
        byte[] b = HexFormat.of().parseHex("41eda080");
        assertEquals("'utf-8' codec can't decode byte 0xed in position 1: invalid continuation byte",
                Text.utf8ErrorText(b, 0, b.length));
        assertEquals("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data",
                Text.utf8ErrorText(HexFormat.of().parseHex("f09f"), 0, 2));
        assertNull(Text.utf8ErrorText(HexFormat.of().parseHex("c3a9"), 0, 2));
    }
}
