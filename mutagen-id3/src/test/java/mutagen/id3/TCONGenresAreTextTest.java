// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Not from mutagen's suite: the load's shortcut "the genres are the text" never skips a change genres() makes. */
class TCONGenresAreTextTest {
    @Test
    void plainNamesAreTheirOwnGenres() {
        for (List<String> text : List.of(List.of("Rock"), List.of("Rock", "Pop"), List.of("Drum & Bass"),
                List.of("300x"), List.of("Rock (live)"), List.of("Ro(ck)"))) {
            TCON t = new TCON(Encoding.UTF8, text);
            assertTrue(t.genresAreText(), text.toString());
            assertEquals(t.text(), t.genres(), text.toString());
        }
    }

    @Test
    void valuesGenresChangeAreNotTakenAsText() {
        for (List<String> text : List.of(List.of("17"), List.of("(17)"), List.of("(17)Rock"), List.of("CR"),
                List.of("RX"), List.of("Rock", ""), List.of("a\nb"), List.of("((Rock"), List.of("Pop", "0"))) {
            TCON t = new TCON(Encoding.UTF8, text);
            assertFalse(t.genresAreText(), text.toString());
            assertNotEquals(t.text(), t.genres(), text.toString());
        }
        // Conservative: "(" that starts no reference leaves the text as it is, but is looked at.
        TCON t = new TCON(Encoding.UTF8, "(live");
        assertFalse(t.genresAreText());
        assertEquals(List.of("(live"), t.genres());
    }
}
