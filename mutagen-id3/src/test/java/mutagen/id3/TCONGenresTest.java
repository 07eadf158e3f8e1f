// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.id3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TCON's genre references against mutagen 1.48.1's {@code TCON(text=[t]).genres} (values printed by it). */
class TCONGenresTest {
    private static List<String> genres(String text) {
        return new TCON(Encoding.UTF8, List.of(text)).genres();
    }

    @Test
    void numbersOfAnyLengthAsPythonsInt() {
        // A reference with many leading zeros is still its number (Python's int() has no length limit).
        assertEquals(List.of("Classic Rock", "Foo"), genres("(0000000000000000000001)Foo"));
        assertEquals(List.of("Classic Rock"), genres("(00000000000000000001)"));
        assertEquals(List.of("Rock"), genres("0000000000000000000017"));
    }

    @Test
    void referencesAndPlainValues() {
        assertEquals(List.of("Unknown", "Classic Rock", "x"), genres("(999)(1)x"));
        assertEquals(List.of("Unknown"), genres("255"));
        assertEquals(List.of("Psybient"), genres("191"));
        assertEquals(List.of("Unknown"), genres("192"));
        assertEquals(List.of("Remix", "Cover"), genres("(RX)(CR)"));
        assertEquals(List.of("Cover"), genres("CR"));
        assertEquals(List.of("(foo"), genres("((foo"));
        assertEquals(List.of("(12x"), genres("(12x"));
    }
}
