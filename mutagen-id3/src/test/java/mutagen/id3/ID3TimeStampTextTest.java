// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import org.junit.jupiter.api.Test;

/**
 * Not from mutagen's suite: parsing and rendering as mutagen 1.48.1's {@code ID3TimeStamp} (the expected texts are what
 * it gives for the same strings), through the digit fast path and the fallback to Python's {@code int()}.
 */
class ID3TimeStampTextTest {
    @Test
    void textsAsMutagenRendersThem() {
        String[][] cases = {
            {"2004", "2004"}, {"2004-01-02T03:04:05", "2004-01-02 03:04:05"}, {" 2004 ", ""}, {"-5", ""},
            {"+7-1", "0007-01"}, {"1_000", "1000"}, {"\u0663\u0664", "0034"}, {"0", "0000"}, {"1,23", ""},
            {"2004-1-2 3:4:5", "2004-01-02 03:04:05"}, {"x-12", ""}, {"2004--03", "2004"}, {"12345", "12345"},
            {"123456789012345678", "123456789012345678"}, {"1234567890123456789", "1234567890123456789"},
            {"2004 12", "2004-12"}, {"", ""}, {"2004/07/08.09", "2004-07-08 09"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], new ID3TimeStamp(c[0]).text(), c[0]);
        }
        ID3TimeStamp t = new ID3TimeStamp(" 2004 ");
        assertNull(t.year());
        assertEquals(2004L, t.month());
    }

    @Test
    void settingTheTextRendersItAgain() {
        ID3TimeStamp t = new ID3TimeStamp("2004-05");
        assertEquals("2004-05", t.text());
        t.setText("1999");
        assertEquals("1999", t.text());
        assertEquals(new ID3TimeStamp("1999"), t);
        assertEquals(new ID3TimeStamp("1999").hashCode(), t.hashCode());
    }
}
