// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Not from mutagen's suite: the TYER/TDAT/TIME checks of the v2.4 update are hand-written; they must accept exactly
 * what mutagen's regular expressions accept ({@code re.match(..."\Z")}, i.e. the whole string).
 */
class ID3UpdateDatesTest {
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})(-[0-9]{2}-[0-9]{2})?");
    private static final Pattern TWO_PAIRS = Pattern.compile("([0-9]{2})([0-9]{2})");

    @Test
    void testChecksAcceptWhatMutagensPatternsAccept() {
        // Strings of digits, '-', a letter, a non-ASCII digit and a space, lengths 0..11: every shape near the
        // accepted ones.
        char[] alphabet = {'0', '1', '9', '-', 'a', '\u0661', ' '};
        Random random = new Random(4);
        int years = 0;
        int pairs = 0;
        for (int round = 0; round < 200_000; round++) {
            int n = random.nextInt(12);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                // Mostly digits, so that the accepted shapes come up often.
                sb.append(random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10)) : alphabet[random.nextInt(7)]);
            }
            String s = sb.toString();
            boolean year = YEAR.matcher(s).matches();
            boolean pair = TWO_PAIRS.matcher(s).matches();
            assertEquals(year, ID3Translation.isYear(s), s);
            assertEquals(pair, ID3Translation.isTwoPairs(s), s);
            years += year ? 1 : 0;
            pairs += pair ? 1 : 0;
        }
        assertTrue(years > 1000 && pairs > 1000, years + " / " + pairs);
    }

    @Test
    void testTyerTdatTimeBecomeOneTdrc() {
        ID3Tags tags = new ID3Tags();
        tags.add(new TYER(Encoding.LATIN1, "2004"));
        tags.add(new TDAT(Encoding.LATIN1, "3112"));
        tags.add(new TIME(Encoding.LATIN1, "2359"));
        tags.updateToV24();
        assertEquals("TDRC=2004-12-31 23:59:00", tags.pprint());
    }
}
