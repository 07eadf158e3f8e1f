// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pprint lines built in one piece (TXXX, COMM, USLT, CHAP, CTOC) are the ID, "=" and the value part, as
 * mutagen's {@code Frame.pprint} makes them, for any number of values and for sub-frames printed on several lines.
 */
class ID3PprintLineTest {
    private static void assertLine(String expected, Frame f) {
        assertEquals(expected, f.pprint());
        assertEquals(f.frameId() + "=" + f.pprintValue(), f.pprint());
    }

    @Test
    void textValuesAreJoinedWhateverTheirNumber() {
        List<String> values = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int n = 0; n <= 5; n++) {
            TXXX txxx = new TXXX(Encoding.UTF8, "desc", "x");
            txxx.setText(new ArrayList<>(values));
            assertLine("TXXX=desc=" + joined, txxx);
            COMM comm = new COMM(Encoding.UTF16, "eng", "d\u00e9sc", "x");
            comm.setText(new ArrayList<>(values));
            assertLine("COMM=d\u00e9sc=eng=" + joined, comm);
            String value = n % 2 == 0 ? "v" + n : "\u2603" + n;
            joined.append(n == 0 ? "" : " / ").append(value);
            values.add(value);
        }
        USLT uslt = new USLT();
        uslt.set("desc", "d");
        uslt.set("text", "line one\nline two");
        assertLine("USLT=d=XXX=line one\nline two", uslt);
    }

    @Test
    void chapterLinesIndentEachLineOfTheirSubFramesTheTableOfContentsOnlyTheFirst() {
        USLT lyrics = new USLT();
        lyrics.set("text", "a\r\nb\u2028c\u001cd\u0085e\u000bf");
        TIT2 title = new TIT2(Encoding.UTF8, "T\u00eftle");
        CHAP chap = new CHAP("ch\u00e91", 1, 2, 3, 0xFFFFFFFFL, List.of(title, lyrics));
        assertLine("CHAP=ch\u00e91 time=1..2 offset=3..4294967295\n    TIT2=T\u00eftle\n    USLT==XXX=a\n    b\n    c\n"
                + "    d\n    e\n    f", chap);
        CTOC toc = new CTOC("toc", 3, List.of("ch\u00e91", "ch2"), List.of(title, lyrics));
        assertLine("CTOC=toc flags=3 child_element_ids=ch\u00e91,ch2\n    TIT2=T\u00eftle\n    USLT==XXX="
                + lyrics.text(), toc);
        assertLine("CHAP=c time=0..0 offset=0..0", new CHAP("c", 0, 0, 0, 0, List.of()));
        assertLine("CTOC=c flags=0 child_element_ids=", new CTOC("c", 0, List.of(), List.of()));
    }
}
