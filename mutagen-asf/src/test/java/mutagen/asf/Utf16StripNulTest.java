// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.asf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code ASFUtil.utf16StripNul} strips the NUL units before it validates: its results and its error texts must be
 * those of Python's {@code data.decode('utf-16-le').strip('\x00')} on the whole range.
 */
class Utf16StripNulTest {
    /** Python's result: the whole decoded strictly (its error text when invalid), then NUL characters stripped. */
    private static String python(byte[] data, int off, int len) throws ASFError {
        String error = ASFUtil.utf16Error(data, off, len);
        if (error != null) {
            throw new ASFError(error);
        }
        String s = new String(data, off, len, StandardCharsets.UTF_16LE);
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == 0) {
            from++;
        }
        while (to > from && s.charAt(to - 1) == 0) {
            to--;
        }
        return s.substring(from, to);
    }

    @Test
    void edgeCases() throws ASFError {
        assertEquals("", ASFUtil.utf16StripNul(new byte[6], 0, 6));
        assertEquals("", ASFUtil.utf16StripNul(new byte[0], 0, 0));
        assertEquals("A", ASFUtil.utf16StripNul(new byte[] {0, 0, 'A', 0, 0, 0}, 0, 6));
        ASFError odd = assertThrows(ASFError.class, () -> ASFUtil.utf16StripNul(new byte[] {0, 0, 'A'}, 0, 3));
        assertEquals("'utf-16-le' codec can't decode byte 0x41 in position 2: truncated data", odd.getMessage());
        // a high surrogate followed by NULs: invalid as a whole, though stripping leaves only the surrogate
        ASFError lone = assertThrows(ASFError.class,
                () -> ASFUtil.utf16StripNul(new byte[] {0x00, (byte) 0xD8, 0, 0}, 0, 4));
        assertEquals("'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate",
                lone.getMessage());
    }

    @Test
    void sameAsPythonOnRandomUnits() {
        Random random = new Random(22);
        byte[][] units = {{0, 0}, {'a', 0}, {0x00, (byte) 0xD8}, {0x00, (byte) 0xDC}, {(byte) 0xE9, 0}, {0x3D, 0x30}};
        for (int n = 0; n < 20_000; n++) {
            byte[] data = new byte[2 + 2 * random.nextInt(8) + 1];
            for (int i = 0; i + 1 < data.length; i += 2) {
                byte[] u = units[random.nextInt(units.length)];
                data[i] = u[0];
                data[i + 1] = u[1];
            }
            int off = random.nextInt(2);
            int len = data.length - off - random.nextInt(2);
            String expected;
            try {
                expected = python(data, off, len);
            } catch (ASFError e) {
                ASFError actual = assertThrows(ASFError.class, () -> ASFUtil.utf16StripNul(data, off, len));
                assertEquals(e.getMessage(), actual.getMessage());
                continue;
            }
            try {
                assertEquals(expected, ASFUtil.utf16StripNul(data, off, len));
            } catch (ASFError e) {
                throw new AssertionError("valid input rejected: " + e.getMessage(), e);
            }
        }
    }
}
